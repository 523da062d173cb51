// Recording the bank's final word on a transfer. Each settle runs in one transaction whose first
// statement settles the transfer row only if it is still open (pending, sent, unknown) under the
// key the bank answered for, and returns without effect otherwise. That guarded update, which
// holds the row lock to the commit, is what makes the money move once in our books: a second
// runner, a re-run after a crash, or a re-query that learns the same answer all find the transfer
// already settled and change nothing.
import type { Transaction } from 'kysely';
import { businessType, isBusinessTypeCode } from '@onetrip/workflows';
import type { DB, TransfersTable } from '../../db/schema';
import type { Services } from '../../trpc/context';
import type { QueryCreator, Selectable, Updateable } from 'kysely';
import { SYSTEM_ACTOR } from '../applications/application-commands';
import { loadForUpdate } from '../applications/application.repository';
import { withWriteBatch } from '../audit/audit.repository';
import type { ClaimedJob } from '../../jobs/job-runner';
import { enqueueJob } from '../../jobs/outbox';
import { transition } from './transfer-transition';

export type TransferRow = Selectable<TransfersTable>;

/** The sending job's own "done" write, committed with the settlement (one commit fewer). */
type JobDoneWrite = ClaimedJob['doneWrite'];

export const NOTIFY_TRANSFER_DONE = 'notify.transfer_done';
const OPEN = ['pending', 'sent', 'unknown'] as const;

/**
 * Settles the transfer if it is still open under the key the bank answered for, returning it
 * (locked), or nothing when it is not. A supervisor's retry gives a rejected transfer a new key; a
 * late answer about the old key must not touch it.
 */
function settleOpen(db: QueryCreator<DB>, transferId: string, idempotencyKey: string, set: Updateable<TransfersTable>) {
  return db
    .updateTable('transfers')
    .set(set)
    .where('id', '=', transferId)
    .where('status', 'in', OPEN)
    .where('idempotency_key', '=', idempotencyKey)
    .returningAll();
}

/** The statistical withdrawal-reason code the withdrawal record carries (domain §2.3). */
function reasonCodeOf(code: string): string {
  if (!isBusinessTypeCode(code)) return '99';
  const s = businessType(code).statisticalCode;
  return s?.list === 'withdrawal_reason' ? s.code : '99';
}

export async function settleAccepted(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: { transferId: string; idempotencyKey: string; bankReference: string; valueDate: string; at: Date; jobDone?: JobDoneWrite },
): Promise<boolean> {
  const { at } = input;
  // Settled and debited in one statement: the reserved money leaves the account; the check
  // constraints (≥ 0) refuse any double debit.
  const t = await trx
    .with('settled', (db) =>
      settleOpen(db, input.transferId, input.idempotencyKey, {
        status: 'succeeded', bank_reference: input.bankReference, value_date: input.valueDate, settled_at: at, updated_at: at, last_error: null,
      }),
    )
    .with('debited', (db) =>
      db
        .updateTable('accounts')
        .from('settled')
        .set((eb) => ({
          balance_fen: eb('accounts.balance_fen', '-', eb.ref('settled.amount_fen')),
          reserved_fen: eb('accounts.reserved_fen', '-', eb.ref('settled.amount_fen')),
          version: eb('accounts.version', '+', 1),
        }))
        .whereRef('accounts.account_no', '=', 'settled.account_no')
        .returning('accounts.account_no'),
    )
    .selectFrom('settled')
    .selectAll()
    .executeTakeFirst();
  if (!t) return false;
  return withWriteBatch(trx, async (audit) => {
    const current = await loadForUpdate(trx, t.application_id);
    const code = current.row.business_type;
    audit.write({
      statement: trx
        .insertInto('withdrawal_records')
        .values({ account_no: t.account_no, reason_code: reasonCodeOf(code), business_type: code, amount_fen: t.amount_fen, withdrawn_on: input.valueDate }),
    });
    await transition(trx, services, { applicationId: t.application_id, command: { type: 'transfer_succeeded', bankReference: input.bankReference }, actor: SYSTEM_ACTOR, at, current, audit });
    await enqueueJob(trx, { kind: NOTIFY_TRANSFER_DONE, payload: { applicationId: t.application_id, transferId: t.id }, dedupeKey: `${NOTIFY_TRANSFER_DONE}:${t.application_id}`, runAt: at }, audit);
    audit.add({
      at,
      actorKind: 'system',
      actorId: null,
      action: 'transfer.succeeded',
      subjectType: 'transfer',
      subjectId: t.id,
      data: { applicationId: t.application_id, amountFen: t.amount_fen, bankReference: input.bankReference, valueDate: input.valueDate },
    });
    if (input.jobDone) audit.write({ statement: input.jobDone(trx, at) });
    return true;
  });
}

/**
 * A definite refusal (bad card, frozen account). The money stays reserved: a supervisor either
 * retries the payment (it must still be there) or reverses it, which releases it to the account.
 */
export async function settleRejected(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: { transferId: string; idempotencyKey: string; bankCode: string; at: Date; jobDone?: JobDoneWrite },
): Promise<boolean> {
  const { at } = input;
  const t = await settleOpen(trx, input.transferId, input.idempotencyKey, { status: 'failed', bank_code: input.bankCode, settled_at: at, updated_at: at }).executeTakeFirst();
  if (!t) return false;
  return withWriteBatch(trx, async (audit) => {
    await transition(trx, services, { applicationId: t.application_id, command: { type: 'transfer_failed', bankCode: input.bankCode }, actor: SYSTEM_ACTOR, at, audit });
    audit.add({
      at,
      actorKind: 'system',
      actorId: null,
      action: 'transfer.failed',
      subjectType: 'transfer',
      subjectId: t.id,
      data: { applicationId: t.application_id, amountFen: t.amount_fen, bankCode: input.bankCode },
    });
    if (input.jobDone) audit.write({ statement: input.jobDone(trx, at) });
    return true;
  });
}
