// What a signed-in applicant sees of and does with their own applications: the list with plain
// status words and the promised date, a resubmission after a return (the clock resumes), and a
// withdrawal. Every change goes through applyCommand as the applicant, so the state machine
// refuses anyone else's application (`lifecycle.not_applicant`).
import { businessType, commandsAllowedIn, isBusinessTypeCode, type ApplicationStatus, type Localized, type MissingItem } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { ApplicantActor, Services } from '../../trpc/context';
import { scheduleResubmittedArchive } from '../application-archive/application-archive.job';
import { applyCommand, type CommandActor } from '../applications/application-commands';
import { capturedReadings, linkAcceptedPages } from '../intake/accepted-pages';
import { idempotent } from '../idempotency/idempotent';
import { missingItemLine } from '../notifications/notification-templates';
import { statusWords } from '../progress/status-words';

type Material = { readonly materialId: string; readonly pages: readonly string[] };

export function applicantCommandActor(applicant: ApplicantActor): CommandActor {
  return { id: applicant.idNumber, roles: ['applicant'], kind: 'applicant' };
}

export interface OwnApplication {
  readonly applicationId: string;
  readonly receiptNo: string | null;
  readonly businessType: string;
  readonly businessName: Localized;
  readonly channel: 'counter' | 'online';
  readonly status: string;
  readonly step: string | null;
  readonly words: Localized;
  readonly version: number;
  readonly promisedOn: string | null;
  readonly submittedAt: string;
  /** after a return: every item to supply, with its text (一次性告知) */
  readonly missingItems: readonly (MissingItem & { readonly text: string })[];
  readonly canResubmit: boolean;
  readonly canWithdraw: boolean;
}

export async function listOwnApplications(services: Pick<Services, 'database'>, applicant: ApplicantActor): Promise<OwnApplication[]> {
  const rows = await services.database.db
    .selectFrom('applications')
    .select(['id', 'receipt_no', 'business_type', 'channel', 'status', 'step', 'version', 'due_on', 'created_at', 'missing_items'])
    .where('applicant_id', '=', applicant.idNumber)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => {
    const status = r.status as ApplicationStatus;
    return {
      applicationId: r.id,
      receiptNo: r.receipt_no,
      businessType: r.business_type,
      businessName: isBusinessTypeCode(r.business_type) ? businessType(r.business_type).name : { zh: r.business_type, en: r.business_type },
      channel: r.channel,
      status,
      step: r.step,
      words: statusWords(status, r.step),
      version: r.version,
      promisedOn: status === 'returned_for_supplement' ? null : r.due_on,
      submittedAt: r.created_at.toISOString(),
      missingItems: (r.missing_items as MissingItem[]).map((m) => ({ ...m, text: missingItemLine(m) })),
      canResubmit: commandsAllowedIn(status).includes('resubmit'),
      canWithdraw: commandsAllowedIn(status).includes('withdraw'),
    };
  });
}

export interface OwnChange {
  readonly applicationId: string;
  readonly status: string;
  readonly version: number;
  readonly promisedOn: string | null;
}

export async function resubmitOwn(
  services: Services,
  applicant: ApplicantActor,
  input: { applicationId: string; version: number; materials: readonly Material[]; idempotencyKey: string },
): Promise<OwnChange> {
  const now = services.clock();
  // The supplement's pages, like the first submission's, must be ones this applicant uploaded.
  const readings = await capturedReadings(services.database.db, input.materials, applicant.idNumber);
  return services.database.db.transaction().execute((trx) =>
    idempotent(trx, { key: input.idempotencyKey, actorId: applicant.idNumber, operation: 'applicant.resubmit', now }, async () => {
      const before = await trx.selectFrom('applications').select(['missing_items', 'form']).where('id', '=', input.applicationId).executeTakeFirst();
      // The state machine decides first: not found, not theirs, not returned, stale version.
      const result = await applyCommand(trx, services, {
        applicationId: input.applicationId,
        command: { type: 'resubmit', expectedVersion: input.version },
        actor: applicantCommandActor(applicant),
        at: now,
      });
      // Every material the reviewer asked for must come in this one resubmission; a thrown
      // refusal rolls the resubmission back. Data corrections are for the reviewer to judge.
      const provided = new Set(input.materials.map((m) => m.materialId));
      const missing = (before!.missing_items as MissingItem[]).filter((m) => m.materialId && !provided.has(m.materialId));
      if (missing.length) {
        throw new AppError('PRECONDITION_FAILED', 'intake.materials_missing', { missing: missing.map((m) => ({ materialId: m.materialId, text: missingItemLine(m) })) });
      }
      const form = before!.form;
      const supplements = Array.isArray(form.supplements) ? form.supplements : [];
      await trx
        .updateTable('applications')
        .set({ form: JSON.stringify({ ...form, supplements: [...supplements, { at: now.toISOString(), materials: input.materials }] }) })
        .where('id', '=', input.applicationId)
        .execute();
      await linkAcceptedPages(trx, { applicationId: input.applicationId, materials: input.materials, readings, now, append: true });
      await scheduleResubmittedArchive(trx, input.applicationId, result.app.version, now);
      const change: OwnChange = { applicationId: result.app.id, status: result.app.status, version: result.app.version, promisedOn: result.row.due_on };
      return change;
    }),
  );
}

export async function withdrawOwn(
  services: Services,
  applicant: ApplicantActor,
  input: { applicationId: string; version: number; idempotencyKey: string },
): Promise<OwnChange> {
  const now = services.clock();
  return services.database.db.transaction().execute((trx) =>
    idempotent(trx, { key: input.idempotencyKey, actorId: applicant.idNumber, operation: 'applicant.withdraw', now }, async () => {
      const result = await applyCommand(trx, services, {
        applicationId: input.applicationId,
        command: { type: 'withdraw', expectedVersion: input.version },
        actor: applicantCommandActor(applicant),
        at: now,
      });
      const change: OwnChange = { applicationId: result.app.id, status: result.app.status, version: result.app.version, promisedOn: null };
      return change;
    }),
  );
}
