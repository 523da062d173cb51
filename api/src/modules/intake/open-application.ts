// Inside the accepting transaction, for every channel: one application in flight per person and
// business, the application row with its receipt number, acceptance (the SLA clock starts), the
// first review task and the acceptance SMS; the audit rows last. The caller holds the idempotency key.
import { randomUUID } from 'node:crypto';
import { businessType, planReview, shanghaiDate, type Channel, type IntakeForm } from '@onetrip/workflows';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { enqueueJob } from '../../jobs/outbox';
import type { Services } from '../../trpc/context';
import { applyCommand, SYSTEM_ACTOR, type CommandActor } from '../applications/application-commands';
import { toDomain } from '../applications/application.repository';
import { settleApproval } from '../applications/settle-approval';
import { withWriteBatch, type WriteBatch } from '../audit/audit.repository';
import type { CheckedIntake } from './intake-checks';
import { receiptNumbering } from './receipt-number';

/**
 * Statuses after which a person may apply for the same business again: migration 0002's partial
 * unique index, written out as literals so the insert below can name that index as its arbiter.
 */
const IN_FLIGHT = sql<boolean>`status not in ('rejected', 'withdrawn', 'transferred', 'reversed', 'disbursed', 'closed')`;

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
    /** the accepting transaction's batch when it appends its audit rows after everything else */
    readonly audit?: WriteBatch;
  },
): Promise<OpenedApplication> {
  const { form, checked, now } = input;
  const { reference } = services;
  const code = form.businessType;
  const idNumber = checked.person.idNumber;
  const today = shanghaiDate(now);
  const id = randomUUID();
  const route = planReview(code, form.requestedAmountFen, reference.policy, today);
  const { eligibility, checklist } = checked;
  const receipt = receiptNumbering(input.officeId, today);
  // One in flight per person and business: the partial unique index decides, also against a
  // concurrent second acceptance; only when it refuses is the application in flight looked up.
  const row = await trx
    .with('receipt_seq', receipt.next)
    .insertInto('applications')
    .values({
      id,
      receipt_no: receipt.receiptNo,
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
    .onConflict((oc) => oc.columns(['applicant_id', 'business_type']).where(IN_FLIGHT).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) {
    const inFlight = await trx.selectFrom('applications').select(['receipt_no', 'status']).where('applicant_id', '=', idNumber).where('business_type', '=', code).where(IN_FLIGHT).executeTakeFirstOrThrow();
    throw new AppError('CONFLICT', 'intake.already_in_flight', { receiptNo: inFlight.receipt_no, status: inFlight.status });
  }
  const open = async (audit: WriteBatch): Promise<OpenedApplication> => {
    const accepted = await applyCommand(trx, services, { applicationId: id, command: { type: 'accept', expectedVersion: 0 }, actor: input.acceptedBy, at: now, current: { row, app: toDomain(row, []), storedVersion: row.version }, audit });
    let result = await applyCommand(trx, services, {
      applicationId: id,
      command: { type: 'start_review', expectedVersion: accepted.app.version, autoCheckFailures: [] },
      actor: SYSTEM_ACTOR,
      at: now,
      current: accepted,
      audit,
    });
    if (result.app.status === 'approved') result = await settleApproval(trx, services, result, now, audit);
    await enqueueJob(trx, { kind: 'notify.accepted', payload: { applicationId: id }, dedupeKey: `notify.accepted:${id}`, runAt: now }, audit);
    return { id, receiptNo: row.receipt_no!, dueOn: accepted.row.due_on!, status: result.app.status };
  };
  return input.audit ? open(input.audit) : withWriteBatch(trx, open);
}
