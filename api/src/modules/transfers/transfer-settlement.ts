// Recording the bank's final word on a transfer. Each settle runs in one transaction that first
// locks the transfer row and returns without effect unless the transfer is still open (pending,
// sent, unknown). That check under the lock is what makes the money move once in our books: a
// second runner, a re-run after a crash, or a re-query that learns the same answer all find the
// transfer already settled and change nothing.
import type { Transaction } from 'kysely';
import { businessType, isBusinessTypeCode } from '@onetrip/workflows';
import type { DB, TransfersTable } from '../../db/schema';
import type { Services } from '../../trpc/context';
import type { Selectable } from 'kysely';
import { SYSTEM_ACTOR } from '../applications/application-commands';
import { appendAudit } from '../audit/audit.repository';
import { transition } from './transfer-transition';

export type TransferRow = Selectable<TransfersTable>;

export const NOTIFY_TRANSFER_DONE = 'notify.transfer_done';
const OPEN = ['pending', 'sent', 'unknown'] as const;

/**
 * The transfer, locked, if it is still open under the key the bank answered for. A supervisor's
 * retry gives a rejected transfer a new key; a late answer about the old key must not touch it.
 */
async function lockOpen(trx: Transaction<DB>, transferId: string, idempotencyKey: string): Promise<TransferRow | undefined> {
  const t = await trx.selectFrom('transfers').selectAll().where('id', '=', transferId).forUpdate().executeTakeFirstOrThrow();
  return (OPEN as readonly string[]).includes(t.status) && t.idempotency_key === idempotencyKey ? t : undefined;
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
  input: { transferId: string; idempotencyKey: string; bankReference: string; valueDate: string; at: Date },
): Promise<boolean> {
  const t = await lockOpen(trx, input.transferId, input.idempotencyKey);
  if (!t) return false;
  const { at } = input;
  await trx
    .updateTable('transfers')
    .set({ status: 'succeeded', bank_reference: input.bankReference, value_date: input.valueDate, settled_at: at, updated_at: at, last_error: null })
    .where('id', '=', t.id)
    .execute();
  // The reserved money leaves the account; the check constraints (≥ 0) refuse any double debit.
  await trx
    .updateTable('accounts')
    .set((eb) => ({
      balance_fen: eb('balance_fen', '-', t.amount_fen),
      reserved_fen: eb('reserved_fen', '-', t.amount_fen),
      version: eb('version', '+', 1),
    }))
    .where('account_no', '=', t.account_no)
    .executeTakeFirstOrThrow();
  const app = await trx.selectFrom('applications').select('business_type').where('id', '=', t.application_id).executeTakeFirstOrThrow();
  await trx
    .insertInto('withdrawal_records')
    .values({ account_no: t.account_no, reason_code: reasonCodeOf(app.business_type), business_type: app.business_type, amount_fen: t.amount_fen, withdrawn_on: input.valueDate })
    .execute();
  await transition(trx, services, { applicationId: t.application_id, command: { type: 'transfer_succeeded', bankReference: input.bankReference }, actor: SYSTEM_ACTOR, at });
  await trx
    .insertInto('jobs')
    .values({
      kind: NOTIFY_TRANSFER_DONE,
      payload: JSON.stringify({ applicationId: t.application_id, transferId: t.id }),
      dedupe_key: `${NOTIFY_TRANSFER_DONE}:${t.application_id}`,
      run_at: at,
      created_at: at,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
  await appendAudit(trx, {
    at,
    actorKind: 'system',
    actorId: null,
    action: 'transfer.succeeded',
    subjectType: 'transfer',
    subjectId: t.id,
    data: { applicationId: t.application_id, amountFen: t.amount_fen, bankReference: input.bankReference, valueDate: input.valueDate },
  });
  return true;
}

/**
 * A definite refusal (bad card, frozen account). The money stays reserved: a supervisor either
 * retries the payment (it must still be there) or reverses it, which releases it to the account.
 */
export async function settleRejected(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: { transferId: string; idempotencyKey: string; bankCode: string; at: Date },
): Promise<boolean> {
  const t = await lockOpen(trx, input.transferId, input.idempotencyKey);
  if (!t) return false;
  const { at } = input;
  await trx.updateTable('transfers').set({ status: 'failed', bank_code: input.bankCode, settled_at: at, updated_at: at }).where('id', '=', t.id).execute();
  await transition(trx, services, { applicationId: t.application_id, command: { type: 'transfer_failed', bankCode: input.bankCode }, actor: SYSTEM_ACTOR, at });
  await appendAudit(trx, {
    at,
    actorKind: 'system',
    actorId: null,
    action: 'transfer.failed',
    subjectType: 'transfer',
    subjectId: t.id,
    data: { applicationId: t.application_id, amountFen: t.amount_fen, bankCode: input.bankCode },
  });
  return true;
}
