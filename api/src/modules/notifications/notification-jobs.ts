// The outbox's `notify.*` jobs: render the message for the application's current facts and send
// it by SMS to the applicant's mobile and by WeChat when they bound an account. Every message key
// derives from the job id, so a job re-run after a lost lease sends nothing twice.
import { businessType, isBusinessTypeCode, type MissingItem } from '@onetrip/workflows';
import type { JobHandler, JobRunner } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import { NOTIFY_TRANSFER_DONE } from '../transfers/transfer-settlement';
import { notifierFor, type Notifier } from './notification-adapter';
import { renderAccepted, renderApproved, renderLetterIssued, renderRejected, renderReturned, renderTransferDone, type NoticeFacts, type TemplateId } from './notification-templates';

export const NOTIFY_KINDS = ['notify.accepted', 'notify.returned', 'notify.approved', 'notify.rejected', NOTIFY_TRANSFER_DONE, 'notify.letter_issued'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];

type Db = Services['database']['db'];

async function renderFor(db: Db, kind: NotifyKind, facts: NoticeFacts, payload: Record<string, unknown>, stored: readonly MissingItem[]): Promise<string> {
  switch (kind) {
    case 'notify.accepted':
      return renderAccepted(facts);
    case 'notify.returned':
      // The job carries the list as the reviewer decided it; a later return has its own job.
      return renderReturned(facts, Array.isArray(payload.missingItems) ? (payload.missingItems as MissingItem[]) : stored);
    case 'notify.approved':
      return renderApproved(facts);
    case 'notify.rejected':
      return renderRejected(facts);
    case 'notify.letter_issued':
      return renderLetterIssued(facts);
    case NOTIFY_TRANSFER_DONE: {
      const t = await db
        .selectFrom('transfers')
        .select(['amount_fen', 'card_no', 'value_date'])
        .where('id', '=', String(payload.transferId))
        .executeTakeFirstOrThrow();
      return renderTransferDone(facts, { amountFen: t.amount_fen, cardNo: t.card_no, valueDate: t.value_date });
    }
  }
}

/** The SMS number given on this application's form, else the one on file; the bound WeChat account. */
async function recipientsOf(db: Db, applicantId: string, form: Record<string, unknown>): Promise<{ mobile: string | null; openid: string | null }> {
  const given = (form.applicant as { mobile?: unknown } | undefined)?.mobile;
  const person = await db.selectFrom('persons').select('mobile').where('id_number', '=', applicantId).executeTakeFirst();
  const wechat = await db.selectFrom('wechat_bindings').select('openid').where('id_number', '=', applicantId).executeTakeFirst();
  return { mobile: typeof given === 'string' ? given : (person?.mobile ?? null), openid: wechat?.openid ?? null };
}

export function notifyHandler(services: Pick<Services, 'database' | 'clock'>, notifier: Notifier, kind: NotifyKind): JobHandler {
  const db = services.database.db;
  const template = kind.slice('notify.'.length) as TemplateId;
  return async (job) => {
    const applicationId = String(job.payload.applicationId);
    const app = await db
      .selectFrom('applications')
      .select(['id', 'receipt_no', 'business_type', 'applicant_id', 'due_on', 'form', 'missing_items'])
      .where('id', '=', applicationId)
      .executeTakeFirst();
    // Thrown, not skipped: a job naming no application is a bug that must show as a dead job.
    if (!app) throw new Error(`${kind}: no application ${applicationId}`);
    const type = isBusinessTypeCode(app.business_type) ? businessType(app.business_type) : undefined;
    const facts: NoticeFacts = {
      receiptNo: app.receipt_no ?? '—',
      businessName: type?.name.zh ?? app.business_type,
      dueOn: app.due_on,
      fulfilment: type?.fulfilment ?? 'none',
    };
    const textZh = await renderFor(db, kind, facts, job.payload, app.missing_items as MissingItem[]);
    const to = await recipientsOf(db, app.applicant_id, app.form);
    const at = services.clock();
    const message = { template, textZh, applicationId: app.id };
    if (to.mobile) await notifier.sms.send({ ...message, messageKey: `job:${job.id}:sms`, to: to.mobile }, at);
    if (to.openid) await notifier.wechat.send({ ...message, messageKey: `job:${job.id}:wechat`, to: to.openid }, at);
    return { status: 'done' };
  };
}

/** Wires every `notify.*` kind into a runner (background-jobs.ts), as transfers do theirs. */
export function registerNotificationJobs(runner: JobRunner, services: Services, notifier: Notifier = notifierFor(services)): void {
  for (const kind of NOTIFY_KINDS) runner.register(kind, notifyHandler(services, notifier, kind));
}
