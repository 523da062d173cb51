// Idempotency keys for state-changing requests (decisions, acceptance): the same key from the
// same person for the same operation returns the first answer and changes nothing more.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { withWriteBatch, type WriteBatch } from '../audit/audit.repository';

export async function idempotent<T>(
  trx: Transaction<DB>,
  key: { key: string; actorId: string; operation: string; now: Date },
  work: () => Promise<T>,
): Promise<T> {
  // Taking the key first: a concurrent duplicate waits here until this transaction ends, then
  // finds the key and returns the stored answer (or proceeds, if this one rolled back).
  const fresh = await trx
    .insertInto('idempotency_keys')
    .values({ key: key.key, actor_id: key.actorId, operation: key.operation, response: 'null', created_at: key.now })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!fresh) {
    const prior = await trx.selectFrom('idempotency_keys').selectAll().where('key', '=', key.key).executeTakeFirstOrThrow();
    if (prior.actor_id !== key.actorId || prior.operation !== key.operation) throw new AppError('CONFLICT', 'idempotency.key_reused');
    return prior.response as T;
  }
  const response = await work();
  await trx.updateTable('idempotency_keys').set({ response: JSON.stringify(response) }).where('key', '=', key.key).execute();
  return response;
}

/**
 * `idempotent` for a whole transaction that ends with a WriteBatch: the key is not taken first but
 * written with its answer in the batch's closing statement — one statement fewer on every request.
 * A duplicate running at the same time blocks on the rows the first one locks (the task, the
 * one-in-flight index) and then fails or meets the key at the end; a late one fails the same way.
 * Either way its transaction rolls back, and once the first has committed its answer is returned.
 */
export async function idempotentTransaction<T>(
  db: Kysely<DB>,
  key: { key: string; actorId: string; operation: string; now: Date },
  work: (trx: Transaction<DB>, batch: WriteBatch) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute((trx) =>
      withWriteBatch(trx, async (batch) => {
        const response = await work(trx, batch);
        const insert = trx
          .insertInto('idempotency_keys')
          .values({ key: key.key, actor_id: key.actorId, operation: key.operation, response: JSON.stringify(response), created_at: key.now })
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('key');
        batch.write({ statement: insert, expectRows: 1, mismatch: () => new AppError('CONFLICT', 'idempotency.replayed') });
        return response;
      }),
    );
  } catch (error) {
    const prior = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key.key).executeTakeFirst();
    if (!prior) throw error;
    if (prior.actor_id !== key.actorId || prior.operation !== key.operation) throw new AppError('CONFLICT', 'idempotency.key_reused');
    return prior.response as T;
  }
}
