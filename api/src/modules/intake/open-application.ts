// Inside the accepting transaction, for every channel: one application in flight per person and
// business, the application row, acceptance (the SLA clock starts), the first review task,
// the receipt number and the acceptance SMS. The caller holds the idempotency key.
import { randomUUID } from 'node:crypto';
import { businessType, planReview, shanghaiDate, type Channel, type IntakeForm } from '@onetrip/workflows';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { enqueueJob } from '../../jobs/outbox';
import type { Services } from '../../trpc/context';
import { applyCommand, SYSTEM_ACTOR, type CommandActor } from '../applications/application-commands';
import { settleApproval } from '../applications/settle-approval';
import type { CheckedIntake } from './intake-checks';
import { nextReceiptNo } from './receipt-number';

/** Statuses after which a person may apply for the same business again (migration 0002's index). */
const FINAL_STATUSES = ['rejected', 'withdrawn', 'transferred', 'reversed', 'disbursed', 'closed'];

export interface OpenedApplication {
  readonly id: string;
  readonly receiptNo: string;
  readonly dueOn: string;
  readonly status: string;
}

export async function openApplication(
  trx: Transaction<DB>,
  services: Services,
  input: {
    readonly channel: Channel;
    readonly form: IntakeForm;
    readonly materials: readonly { materialId: string; pages: readonly string[] }[];
    readonly checked: CheckedIntake;
    readonly officeId: string;
    readonly windowId: string | null;
    /** the clerk at the counter; the system for a complete online submission */
    readonly acceptedBy: CommandActor;
    readonly now: Date;
  },
): Promise<OpenedApplication> {
  const { form, checked, now } = input;
  const { reference } = services;
  const code = form.businessType;
  const idNumber = checked.person.idNumber;
  const today = shanghaiDate(now);
  // The partial unique index backs this check against a concurrent second acceptance.
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
  const { eligibility, checklist } = checked;
  await trx
    .insertInto('applications')
    .values({
      id,
      business_type: code,
      applicant_kind: businessType(code).category === 'employer' ? 'employer' : 'person',
      applicant_id: idNumber,
      applicant_name: checked.person.name,
      account_no: checked.accountNo,
      channel: input.channel,
      office_id: input.officeId,
      window_id: input.windowId,
      status: input.channel === 'online' ? 'submitted_online' : 'booked',
      route: JSON.stringify(route),
      amount_fen: form.requestedAmountFen,
      form: JSON.stringify({ ...form, materials: input.materials }),
      checklist: JSON.stringify(checklist.items),
      missing_items: '[]',
      reason_codes: '[]',
      auto_checks: JSON.stringify({ checked: eligibility.checked, failures: eligibility.failures, maxAmountFen: eligibility.maxAmountFen ?? null, sources: checklist.sources }),
      sla_working_days: checked.slaWorkingDays,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const accepted = await applyCommand(trx, services, { applicationId: id, command: { type: 'accept', expectedVersion: 0 }, actor: input.acceptedBy, at: now });
  let result = await applyCommand(trx, services, {
    applicationId: id,
    command: { type: 'start_review', expectedVersion: accepted.app.version, autoCheckFailures: [] },
    actor: SYSTEM_ACTOR,
    at: now,
  });
  if (result.app.status === 'approved') result = await settleApproval(trx, services, result, now);
  const receiptNo = await nextReceiptNo(trx, input.officeId, today);
  await trx.updateTable('applications').set({ receipt_no: receiptNo }).where('id', '=', id).execute();
  await enqueueJob(trx, { kind: 'notify.accepted', payload: { applicationId: id }, dedupeKey: `notify.accepted:${id}`, runAt: now });
  return { id, receiptNo, dueOn: accepted.row.due_on!, status: result.app.status };
}
