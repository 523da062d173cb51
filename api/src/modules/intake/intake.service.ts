// Acceptance at the counter (受理), the one trip: shared data first (what it proves needs no
// paper), every eligibility problem at once, every missing material at once (一次性告知); then
// one transaction creates the application, starts the SLA clock, opens the first review task,
// numbers the receipt and queues the SMS. The same idempotency key accepts once.
import { randomUUID } from 'node:crypto';
import { businessType, evaluateEligibility, planReview, shanghaiDate, toApplicationForm, type CounterAcceptInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import { enqueueJob } from '../../jobs/outbox';
import type { Services, StaffActor } from '../../trpc/context';
import { loadApplicantFacts } from '../applicants/applicant-facts.repository';
import { applyCommand, SYSTEM_ACTOR } from '../applications/application-commands';
import { settleApproval } from '../applications/settle-approval';
import { commandActor } from '../applications/staff-roles';
import { buildChecklist } from '../data-sharing/checklist.service';
import { idempotent } from '../idempotency/idempotent';
import { nextReceiptNo } from './receipt-number';
import { slaDaysFor } from './sla-days';

/** Statuses after which a person may apply for the same business again (migration 0002's index). */
const FINAL_STATUSES = ['rejected', 'withdrawn', 'transferred', 'reversed', 'disbursed', 'closed'];

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

export async function acceptAtCounter(services: Services, actor: StaffActor, input: CounterAcceptInput): Promise<Receipt> {
  const { database, reference } = services;
  const db = database.db;
  const now = services.clock();
  const today = shanghaiDate(now);
  const form = input.form;
  const code = form.businessType;
  const type = businessType(code);
  if (!type.channels.includes('counter')) throw new AppError('BAD_REQUEST', 'intake.channel_not_offered', { businessType: code });

  const idNumber = form.applicant.idNumber;
  const person = await db.selectFrom('persons').select(['id_number', 'name']).where('id_number', '=', idNumber).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'applicant.not_found');
  const account = await db.selectFrom('accounts').select(['account_no']).where('id_number', '=', idNumber).executeTakeFirst();

  // No transaction is open while agencies answer (PGlite is one session).
  const checklist = await buildChecklist(services, { businessType: code, applicantIdNumber: idNumber, answers: form.answers });
  const { facts } = await loadApplicantFacts(db, idNumber, today, checklist.sources);
  const eligibility = evaluateEligibility({ businessType: code, facts, form: toApplicationForm(form), policy: reference.policy, today });
  if (!eligibility.eligible) {
    throw new AppError('PRECONDITION_FAILED', 'intake.not_eligible', { failures: eligibility.failures, availableOn: eligibility.availableOn ?? null });
  }
  const provided = new Map(input.materials.map((m) => [m.materialId, m.pages.length]));
  const missing = checklist.items.filter((i) => (i.status === 'required' || i.status === 'ask') && !provided.has(i.materialId));
  if (missing.length) {
    throw new AppError('PRECONDITION_FAILED', 'intake.materials_missing', {
      missing: missing.map((m) => ({ materialId: m.materialId, name: m.name, status: m.status, ...(m.because ? { because: m.because } : {}) })),
    });
  }

  const slaWorkingDays = slaDaysFor(reference.policy, today, code);
  return db.transaction().execute((trx) =>
    idempotent(trx, { key: input.idempotencyKey, actorId: actor.id, operation: 'intake.accept_at_counter', now }, async () => {
      // One application in flight per person and business; the partial unique index backs this
      // check against a concurrent second acceptance.
      const inFlight = await trx
        .selectFrom('applications')
        .select(['receipt_no', 'status'])
        .where('applicant_id', '=', idNumber)
        .where('business_type', '=', code)
        .where('status', 'not in', FINAL_STATUSES)
        .executeTakeFirst();
      if (inFlight) throw new AppError('CONFLICT', 'intake.already_in_flight', { receiptNo: inFlight.receipt_no, status: inFlight.status });
      const id = randomUUID();
      const route = planReview(code, form.requestedAmountFen, reference.policy, today);
      await trx
        .insertInto('applications')
        .values({
          id,
          business_type: code,
          applicant_kind: type.category === 'employer' ? 'employer' : 'person',
          applicant_id: idNumber,
          applicant_name: person.name,
          account_no: account?.account_no ?? null,
          channel: 'counter',
          office_id: actor.officeId,
          window_id: actor.windowId,
          status: 'booked',
          route: JSON.stringify(route),
          amount_fen: form.requestedAmountFen,
          form: JSON.stringify({ ...form, materials: input.materials }),
          checklist: JSON.stringify(checklist.items),
          missing_items: '[]',
          reason_codes: '[]',
          auto_checks: JSON.stringify({ checked: eligibility.checked, failures: eligibility.failures, maxAmountFen: eligibility.maxAmountFen ?? null, sources: checklist.sources }),
          sla_working_days: slaWorkingDays,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const accepted = await applyCommand(trx, services, { applicationId: id, command: { type: 'accept', expectedVersion: 0 }, actor: commandActor(actor), at: now });
      let result = await applyCommand(trx, services, {
        applicationId: id,
        command: { type: 'start_review', expectedVersion: accepted.app.version, autoCheckFailures: [] },
        actor: SYSTEM_ACTOR,
        at: now,
      });
      if (result.app.status === 'approved') result = await settleApproval(trx, services, result, now);
      const receiptNo = await nextReceiptNo(trx, actor.officeId, today);
      await trx.updateTable('applications').set({ receipt_no: receiptNo }).where('id', '=', id).execute();
      await enqueueJob(trx, { kind: 'notify.accepted', payload: { applicationId: id }, dedupeKey: `notify.accepted:${id}`, runAt: now });
      return {
        applicationId: id,
        receiptNo,
        businessType: code,
        applicantName: person.name,
        acceptedAt: now.toISOString(),
        dueOn: accepted.row.due_on!,
        slaWorkingDays,
        status: result.app.status,
        received: [...provided].map(([materialId, pages]) => ({ materialId, pages })),
        waived: checklist.items.filter((i) => i.status === 'waived').map((i) => ({ materialId: i.materialId, source: i.waivedBy!.source })),
        progressUrl: `/progress?receipt=${receiptNo}`,
      };
    }),
  );
}

