// The first withdrawal after a loan, by agreement (mission item 5): when the borrower agreed to it
// at application, the disbursement writes this job, and the job files a
// `withdrawal.post_loan_agreement` application on their behalf — checked like any other, routed
// automatically, approved and paid to their card by the transfer job. Nobody runs an errand.
import { shanghaiDate, type IntakeForm } from '@onetrip/workflows';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { JobHandler } from '../../jobs/job-runner';
import { enqueueJob } from '../../jobs/outbox';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { SYSTEM_ACTOR } from '../applications/application-commands';
import { idempotent } from '../idempotency/idempotent';
import { checkIntake } from '../intake/intake-checks';
import { openApplication } from '../intake/open-application';

export const FIRST_WITHDRAWAL = 'loan.first_withdrawal';

export async function scheduleFirstWithdrawal(trx: Transaction<DB>, loanApplicationId: string, at: Date): Promise<void> {
  await enqueueJob(trx, { kind: FIRST_WITHDRAWAL, payload: { loanApplicationId }, dedupeKey: `${FIRST_WITHDRAWAL}:${loanApplicationId}`, runAt: at });
}

/** What the borrower paid themselves (price − loan), as far as the fund balance covers it. */
async function amountFor(services: Services, loanApplicationId: string): Promise<{ form: IntakeForm; officeId: string } | null> {
  const db = services.database.db;
  const loanApp = await db.selectFrom('applications').selectAll().where('id', '=', loanApplicationId).executeTakeFirstOrThrow();
  const details = (loanApp.form as { details?: { housePriceFen?: number } }).details ?? {};
  const loan = await db.selectFrom('loans').select('principal_fen').where('loan_no', '=', `L${loanApp.receipt_no ?? loanApp.id}`).executeTakeFirstOrThrow();
  const person = await db.selectFrom('persons').select(['name', 'mobile']).where('id_number', '=', loanApp.applicant_id).executeTakeFirstOrThrow();
  const account = await db.selectFrom('accounts').select(['balance_fen', 'reserved_fen']).where('id_number', '=', loanApp.applicant_id).executeTakeFirstOrThrow();
  const paidSelf = Math.max(0, (details.housePriceFen ?? 0) - loan.principal_fen);
  const amount = Math.min(paidSelf, account.balance_fen - account.reserved_fen);
  if (amount <= 0) return null;
  return {
    officeId: loanApp.office_id,
    form: {
      channel: 'online',
      businessType: 'withdrawal.post_loan_agreement',
      applicant: { idNumber: loanApp.applicant_id, name: person.name, mobile: person.mobile },
      requestedAmountFen: amount,
      answers: {},
      details: {},
    },
  };
}

export async function fileFirstWithdrawal(services: Services, loanApplicationId: string): Promise<{ applicationId: string } | { skipped: string }> {
  const now = services.clock();
  const planned = await amountFor(services, loanApplicationId);
  const audit = (action: string, data: Record<string, unknown>) =>
    services.database.db.transaction().execute((trx) => appendAudit(trx, { at: now, actorKind: 'system', actorId: null, action, subjectType: 'application', subjectId: loanApplicationId, data }));
  if (!planned) {
    await audit('loan.first_withdrawal_skipped', { reason: 'nothing_to_withdraw', on: shanghaiDate(now) });
    return { skipped: 'nothing_to_withdraw' };
  }
  let checked;
  try {
    checked = await checkIntake(services, { channel: 'online', form: planned.form, materials: [] }, now);
  } catch (e) {
    // A refusal (e.g. the account was sealed meanwhile) is recorded for the supervisor, not retried.
    if (e instanceof AppError) {
      await audit('loan.first_withdrawal_refused', { code: e.appCode, details: e.details });
      return { skipped: e.appCode };
    }
    throw e;
  }
  const opened = await services.database.db.transaction().execute((trx) =>
    idempotent(trx, { key: `${FIRST_WITHDRAWAL}:${loanApplicationId}`, actorId: SYSTEM_ACTOR.id, operation: FIRST_WITHDRAWAL, now }, () =>
      openApplication(trx, services, { channel: 'online', form: planned.form, materials: [], checked, officeId: planned.officeId, windowId: null, acceptedBy: SYSTEM_ACTOR, now }),
    ),
  );
  return { applicationId: opened.id };
}

export function firstWithdrawalHandler(services: Services): JobHandler {
  return async (job) => {
    await fileFirstWithdrawal(services, String(job.payload.loanApplicationId));
    return { status: 'done' };
  };
}
