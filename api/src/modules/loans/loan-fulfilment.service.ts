// After a loan is approved: the approval letter is issued (a job, so the PDF is built outside the
// deciding transaction), the applicant books the contract signing at a bank window, and the bank's
// disbursement is recorded as the center's loan. Each step goes through the state machine.
import type { Transaction } from 'kysely';
import { isWorkingDay, shanghaiDate } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { JobHandler } from '../../jobs/job-runner';
import { enqueueJob } from '../../jobs/outbox';
import type { DB } from '../../db/schema';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { applyCommand, SYSTEM_ACTOR } from '../applications/application-commands';
import { commandActor } from '../applications/staff-roles';
import { approvalLetterPdf, approvedTerms } from './approval-letter';
import { scheduleFirstWithdrawal } from './first-withdrawal.job';
import { progressUrl } from '../progress/progress-url';

export const ISSUE_LETTER = 'loan.issue_letter';

/** Called in the approving transaction: the letter job is written with the decision. */
export async function scheduleApprovalLetter(trx: Transaction<DB>, applicationId: string, at: Date): Promise<void> {
  await enqueueJob(trx, { kind: ISSUE_LETTER, payload: { applicationId }, dedupeKey: `${ISSUE_LETTER}:${applicationId}`, runAt: at });
}

/** Builds the letter, archives it, then records it and moves the case on — once, however often it runs. */
export async function issueApprovalLetter(services: Services, applicationId: string): Promise<{ sha256: string }> {
  const db = services.database.db;
  const existing = await db.selectFrom('documents').select('sha256').where('application_id', '=', applicationId).where('kind', '=', 'loan_approval_letter').executeTakeFirst();
  if (existing) return existing;
  const now = services.clock();
  const app = await db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
  if (app.status !== 'approved') throw new AppError('CONFLICT', 'loan.not_approved', { status: app.status });
  const offer = await db.transaction().execute((trx) => approvedTerms(trx, services, app));
  const pdf = await approvalLetterPdf(app, offer, now, progressUrl(services.config.publicUrl, app.receipt_no ?? app.id));
  const sha256 = await services.archive.put(pdf.bytes);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('documents')
      .values({ application_id: applicationId, kind: 'loan_approval_letter', sha256, created_at: now, created_by: null })
      .onConflict((oc) => oc.columns(['application_id', 'kind', 'version']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return;
    const current = await trx.selectFrom('applications').select('version').where('id', '=', applicationId).executeTakeFirstOrThrow();
    await applyCommand(trx, services, { applicationId, command: { type: 'issue_approval_letter', expectedVersion: current.version }, actor: SYSTEM_ACTOR, at: now });
    await enqueueJob(trx, { kind: 'notify.letter_issued', payload: { applicationId, sha256 }, dedupeKey: `notify.letter_issued:${applicationId}`, runAt: now });
  });
  return { sha256 };
}

export function issueLetterHandler(services: Services): JobHandler {
  return async (job) => {
    await issueApprovalLetter(services, String(job.payload.applicationId));
    return { status: 'done' };
  };
}

export async function approvalLetter(services: Services, applicationId: string): Promise<{ sha256: string; pdfBase64: string }> {
  const doc = await services.database.db
    .selectFrom('documents')
    .select('sha256')
    .where('application_id', '=', applicationId)
    .where('kind', '=', 'loan_approval_letter')
    .executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', 'loan.letter_not_issued');
  // Every read re-hashes the stored bytes: a tampered letter is refused, never shown.
  const bytes = await services.archive.get(doc.sha256);
  return { sha256: doc.sha256, pdfBase64: bytes.toString('base64') };
}

/** The applicant (or the clerk for them) picks the bank window and day to sign the contract. */
export async function bookContractSigning(
  services: Services,
  actor: StaffActor,
  input: { applicationId: string; version: number; windowId: string; signOn: string },
) {
  const now = services.clock();
  const cal = services.reference.calendar;
  if (input.signOn <= shanghaiDate(now) || !isWorkingDay(cal, input.signOn)) throw new AppError('BAD_REQUEST', 'loan.sign_date_invalid', { signOn: input.signOn });
  return services.database.db.transaction().execute(async (trx) => {
    const window = await trx.selectFrom('bank_windows').select('id').where('id', '=', input.windowId).executeTakeFirst();
    if (!window) throw new AppError('NOT_FOUND', 'loan.window_not_found');
    const r = await applyCommand(trx, services, {
      applicationId: input.applicationId,
      command: { type: 'book_contract', expectedVersion: input.version, branchId: input.windowId, date: input.signOn },
      actor: commandActor(actor),
      at: now,
    });
    await trx.insertInto('loan_contract_bookings').values({ application_id: input.applicationId, window_id: input.windowId, sign_on: input.signOn, booked_at: now, booked_by: actor.id }).execute();
    return { status: r.app.status, version: r.app.version };
  });
}

/** The bank paid the loan out: the center's loan record starts, the case is disbursed. */
export async function recordDisbursement(services: Services, input: { applicationId: string; bankReference: string }) {
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('applications').selectAll().where('id', '=', input.applicationId).forUpdate().executeTakeFirst();
    if (!app) throw new AppError('NOT_FOUND', 'application.not_found');
    const offer = await approvedTerms(trx, services, app);
    const first = offer.schedule?.rows[0];
    if (!first) throw new AppError('CONFLICT', 'loan.no_schedule');
    const r = await applyCommand(trx, services, {
      applicationId: app.id,
      command: { type: 'disburse', expectedVersion: app.version, bankReference: input.bankReference },
      actor: SYSTEM_ACTOR,
      at: now,
    });
    const loanNo = `L${app.receipt_no ?? app.id}`;
    const form = app.form as { details?: { repaymentMethod?: 'equal_installment' | 'equal_principal' } };
    await trx
      .insertInto('loans')
      .values({
        loan_no: loanNo,
        id_number: app.applicant_id,
        co_borrower_id_number: null,
        principal_fen: offer.amountFen,
        outstanding_fen: offer.amountFen,
        rate_bp: Math.round(offer.annualRatePpm / 100),
        term_months: offer.termMonths,
        method: form.details?.repaymentMethod ?? 'equal_installment',
        monthly_payment_fen: first.paymentFen,
        disbursed_on: shanghaiDate(now),
        status: 'active',
        house_address: '',
      })
      .execute();
    if ((app.form as { details?: { firstWithdrawalByAgreement?: boolean } }).details?.firstWithdrawalByAgreement) await scheduleFirstWithdrawal(trx, app.id, now);
    await appendAudit(trx, { at: now, actorKind: 'system', actorId: null, action: 'loan.disbursed', subjectType: 'application', subjectId: app.id, data: { loanNo, principalFen: offer.amountFen, bankReference: input.bankReference } });
    return { loanNo, status: r.app.status };
  });
}
