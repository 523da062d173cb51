// The `transfer.send` job: get one payment instruction to a final answer from the bank.
//
// Exactly once, step by step:
// - The transfer is marked `sent` (committed) before every bank call — a pending one by the very
//   statement that reads it. So after any crash, a transfer that might have reached the bank is
//   never `pending`, and its next run asks the bank (GET /payments/:key) before sending anything.
// - Every send and re-send carries the same idempotency key, so even a send that races another
//   runner's (lease expired while it was still talking to the bank) books one payment.
// - A timeout, dropped connection or "unknown" leaves the transfer open (`unknown`) and the job
//   comes back later to re-query; it is never recorded as failed.
// - The answer is recorded by settleAccepted/settleRejected, which act only on an open transfer.
import type { DB } from '../../db/schema';
import type { Kysely } from 'kysely';
import { backoffMs, type JobHandler } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import type { BankAnswer, BankGateway } from './bank-gateway';
import { settleAccepted, settleRejected, type TransferRow } from './transfer-settlement';

export interface TransferSendOptions {
  /** first re-query delay after an unknown answer; doubles up to `retryMaxMs` */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
}

async function markSent(db: Kysely<DB>, t: TransferRow, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('transfers')
    .set((eb) => ({ status: 'sent', attempts: eb('attempts', '+', 1), updated_at: at }))
    .where('id', '=', t.id)
    .where('status', 'in', ['pending', 'sent', 'unknown'])
    .where('idempotency_key', '=', t.idempotency_key)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

async function markUnknown(db: Kysely<DB>, t: TransferRow, reason: string, at: Date): Promise<void> {
  await db
    .updateTable('transfers')
    .set({ status: 'unknown', last_error: reason.slice(0, 500), updated_at: at })
    .where('id', '=', t.id)
    .where('status', 'in', ['sent', 'unknown'])
    .where('idempotency_key', '=', t.idempotency_key)
    .execute();
}

export function transferSendHandler(services: Services, gateway: BankGateway, options: TransferSendOptions): JobHandler {
  const { db } = services.database;

  const bankSend = (t: TransferRow) => gateway.send({ idempotencyKey: t.idempotency_key, cardNo: t.card_no, name: t.payee_name, amountFen: t.amount_fen, reference: t.id });

  async function send(t: TransferRow): Promise<BankAnswer | null> {
    if (!(await markSent(db, t, services.clock()))) return null;
    return bankSend(t);
  }

  /** The usual first run: a pending transfer is marked sent by the statement that reads it. */
  async function claimPending(transferId: string): Promise<TransferRow | undefined> {
    return db
      .updateTable('transfers')
      .set((eb) => ({ status: 'sent', attempts: eb('attempts', '+', 1), updated_at: services.clock() }))
      .where('id', '=', transferId)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
  }

  return async (job) => {
    const transferId = String(job.payload.transferId);
    const pending = await claimPending(transferId);
    const t = pending ?? (await db.selectFrom('transfers').selectAll().where('id', '=', transferId).executeTakeFirstOrThrow());
    if (!['pending', 'sent', 'unknown'].includes(t.status)) return { status: 'done' };

    let answer: BankAnswer | null;
    if (pending) {
      answer = await bankSend(t);
    } else if (t.status === 'pending') {
      answer = await send(t);
    } else {
      // It may have reached the bank: ask before sending again.
      const found = await gateway.lookup(t.idempotency_key);
      answer = found.outcome === 'not_found' ? await send(t) : found;
    }
    // null: someone settled or a supervisor re-keyed it meanwhile; the next run reads the new state.
    if (!answer) return { status: 'later', delayMs: 0 };

    const at = services.clock();
    if (answer.outcome === 'accepted') {
      const { bankReference, valueDate } = answer;
      const settled = await db.transaction().execute((trx) => settleAccepted(trx, services, { transferId, idempotencyKey: t.idempotency_key, bankReference, valueDate, at, jobDone: job.doneWrite }));
      return { status: 'done', recorded: settled };
    }
    if (answer.outcome === 'rejected') {
      const bankCode = answer.code;
      const settled = await db.transaction().execute((trx) => settleRejected(trx, services, { transferId, idempotencyKey: t.idempotency_key, bankCode, at, jobDone: job.doneWrite }));
      return { status: 'done', recorded: settled };
    }
    await markUnknown(db, t, answer.reason, at);
    return { status: 'later', delayMs: backoffMs(job.attempts, options.retryBaseMs, options.retryMaxMs), note: `bank: ${answer.reason}` };
  };
}
