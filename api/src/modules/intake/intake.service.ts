// Acceptance at the counter (受理), the one trip: shared data first (what it proves needs no
// paper), every eligibility problem at once, every missing material at once (一次性告知); then
// one transaction creates the application, starts the SLA clock, opens the first review task,
// numbers the receipt and queues the SMS and the archive PDF's build. The same idempotency key accepts once. The checks and
// the opening are shared with the online channel (intake-checks.ts, open-application.ts).
import type { CounterAcceptInput } from '@onetrip/workflows';
import type { Services, StaffActor } from '../../trpc/context';
import { scheduleAcceptedArchive } from '../application-archive/application-archive.job';
import { commandActor } from '../applications/staff-roles';
import { idempotentTransaction } from '../idempotency/idempotent';
import { capturedReadings, linkAcceptedPages, type AcceptedMaterial } from './accepted-pages';
import { checkIntake } from './intake-checks';
import { openApplication } from './open-application';
import { progressUrl } from '../progress/progress-url';

export interface Receipt {
  readonly applicationId: string;
  readonly receiptNo: string;
  readonly businessType: string;
  readonly applicantName: string;
  readonly acceptedAt: string;
  /** The promised decision date (working days from acceptance). */
  readonly dueOn: string;
  readonly slaWorkingDays: number;
  readonly status: string;
  readonly received: { materialId: string; pages: number }[];
  readonly waived: { materialId: string; source: string }[];
  /** What the receipt's QR code encodes: the public progress page for this receipt. */
  readonly progressUrl: string;
}

/** The accept input; a caller without the clerk's confirmations (no field checked) may leave them out. */
export type AcceptAtCounterInput = Omit<CounterAcceptInput, 'materials'> & { materials: readonly AcceptedMaterial[] };

export async function acceptAtCounter(services: Services, actor: StaffActor, input: AcceptAtCounterInput): Promise<Receipt> {
  const now = services.clock();
  const form = input.form;
  // The application's form keeps which pages each material has; the confirmations go to their own table.
  const materials = input.materials.map((m) => ({ materialId: m.materialId, pages: m.pages }));
  const checked = await checkIntake(services, { channel: 'counter', form, materials }, now);
  const readings = await capturedReadings(services.database.db, input.materials);
  // What needs no answer before the commit — the application's final state, the pages, the jobs,
  // the idempotency key with its answer and the audit rows — is written in one closing statement
  // (WriteBatch): the chain's lock is then held only to the commit.
  return idempotentTransaction(services.database.db, { key: input.idempotencyKey, actorId: actor.id, operation: 'intake.accept_at_counter', now }, async (trx, batch) => {
    const opened = await openApplication(trx, services, {
      channel: 'counter',
      form,
      materials,
      checked,
      officeId: actor.officeId,
      windowId: actor.windowId,
      acceptedBy: commandActor(actor),
      now,
      audit: batch,
    });
    await linkAcceptedPages(trx, { applicationId: opened.id, materials: input.materials, readings, confirmedBy: actor.id, now }, batch);
    await scheduleAcceptedArchive(trx, opened.id, now, batch);
    return {
      applicationId: opened.id,
      receiptNo: opened.receiptNo,
      businessType: form.businessType,
      applicantName: checked.person.name,
      acceptedAt: now.toISOString(),
      dueOn: opened.dueOn,
      slaWorkingDays: checked.slaWorkingDays,
      status: opened.status,
      received: [...checked.provided].map(([materialId, pages]) => ({ materialId, pages })),
      waived: checked.checklist.items.filter((i) => i.status === 'waived').map((i) => ({ materialId: i.materialId, source: i.waivedBy!.source })),
      progressUrl: progressUrl(services.config.publicUrl, opened.receiptNo),
    };
  });
}
