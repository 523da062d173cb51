// Everything a reviewer needs on one screen about an application: the form, the checklist with
// its evidence, the automatic checks, the SLA clock and the history. Reading it is audited
// (it shows the applicant's full record).
import { businessType, isBusinessTypeCode, maskIdNumber } from '@onetrip/workflows';
import { approvedTerms } from '../loans/approval-letter';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { currentArchiveOf } from '../application-archive/application-archive.query';
import { appendAudit } from '../audit/audit.repository';
import { materialPagesOf } from '../review/material-pages.query';
import { slaCaseOf, statusOf } from './sla.repository';

export async function applicationDetail(services: Services, actor: StaffActor, applicationId: string) {
  const db = services.database.db;
  const now = services.clock();
  return db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirst();
    if (!app) throw new AppError('NOT_FOUND', 'application.not_found');
    const [task, history, actions, booking] = await Promise.all([
      trx
        .selectFrom('tasks as t')
        .leftJoin('staff as s', 's.id', 't.assignee_id')
        .select(['t.id', 't.step', 't.status', 't.assignee_id', 's.display_name as assignee_name', 't.claimed_at', 't.due_on'])
        .where('t.application_id', '=', applicationId)
        .where('t.status', 'in', ['open', 'claimed'])
        .executeTakeFirst(),
      trx
        .selectFrom('audit_events as e')
        .leftJoin('staff as s', 's.id', 'e.actor_id')
        .select(['e.seq', 'e.at', 'e.action', 'e.actor_kind', 'e.actor_id', 's.display_name as actor_name', 's.role as actor_role', 'e.data'])
        .where('e.subject_type', '=', 'application')
        .where('e.subject_id', '=', applicationId)
        .where('e.action', 'like', 'application.%')
        .orderBy('e.seq')
        .execute(),
      trx.selectFrom('application_actions').select(['step', 'actor_id', 'at']).where('application_id', '=', applicationId).execute(),
      trx.selectFrom('loan_contract_bookings').select(['window_id', 'sign_on', 'booked_at']).where('application_id', '=', applicationId).executeTakeFirst(),
    ]);
    const sla = app.accepted_at ? statusOf(await slaCaseOf(trx, app.id, app.accepted_at, app.sla_working_days, services.reference), services.reference, now) : null;
    // For a loan: the quota with its binding limit, the term, the rate and the schedule, from the
    // real balance and the policy in force on the acceptance day (what the letter will say).
    const isLoan = isBusinessTypeCode(app.business_type) && businessType(app.business_type).amountRule.kind === 'loan_quota';
    // Without the center's record of the person (e.g. an applicant still unknown here) there is
    // no balance or age to compute from: the screen shows the request without an offer.
    const known = isLoan && (await trx.selectFrom('persons').select('id_number').where('id_number', '=', app.applicant_id).executeTakeFirst());
    const offer = known ? await approvedTerms(trx, services, app) : null;
    // The pages with what OCR read and the clerk confirmed, the records and the mismatches.
    const pages = await materialPagesOf(trx, app);
    const archive = await currentArchiveOf(trx, app.id);
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'applicant.record_viewed', subjectType: 'application', subjectId: app.id, data: { applicant: maskIdNumber(app.applicant_id) } });
    return {
      id: app.id,
      receiptNo: app.receipt_no,
      businessType: app.business_type,
      channel: app.channel,
      status: app.status,
      step: app.step,
      route: app.route,
      version: app.version,
      applicant: { idNumber: app.applicant_id, name: app.applicant_name, accountNo: app.account_no },
      amountFen: app.amount_fen,
      form: app.form,
      checklist: app.checklist,
      pages,
      /** the newest archive PDF (GET /files/:sha256), null until the archive.build job has run */
      archive,
      autoChecks: app.auto_checks,
      missingItems: app.missing_items,
      reasonCodes: app.reason_codes,
      officeId: app.office_id,
      acceptedAt: app.accepted_at?.toISOString() ?? null,
      dueOn: app.due_on,
      sla,
      loanOffer: offer && {
        amountFen: offer.amountFen,
        termMonths: offer.termMonths,
        annualRatePpm: offer.annualRatePpm,
        needsExtraApproval: offer.needsExtraApproval,
        quota: { amountFen: offer.quota.amountFen, binding: offer.quota.binding, candidates: offer.quota.candidates },
        term: { maxTermMonths: offer.term.maxTermMonths, binding: offer.term.binding },
        schedule: offer.schedule && {
          method: offer.schedule.method,
          firstPaymentFen: offer.schedule.rows[0]?.paymentFen ?? 0,
          lastPaymentFen: offer.schedule.rows.at(-1)?.paymentFen ?? 0,
          totalInterestFen: offer.schedule.totalInterestFen,
          totalPaymentFen: offer.schedule.totalPaymentFen,
        },
      },
      /** The loan's contract-signing appointment once booked (one per application). */
      contractBooking: booking ? { windowId: booking.window_id, signOn: booking.sign_on, bookedAt: booking.booked_at.toISOString() } : null,
      actedBy: actions.map((a) => ({ step: a.step, actorId: a.actor_id, at: a.at.toISOString() })),
      task: task
        ? { id: String(task.id), step: task.step, status: task.status, assignee: task.assignee_id ? { id: task.assignee_id, name: task.assignee_name, since: (task.claimed_at as Date).toISOString() } : null }
        : null,
      history: history.map((h) => ({
        at: h.at.toISOString(),
        action: h.action,
        actor: h.actor_kind === 'system' ? { kind: 'system' as const } : { kind: h.actor_kind, id: h.actor_id, name: h.actor_name, role: h.actor_role },
        data: h.data,
      })),
    };
  });
}
