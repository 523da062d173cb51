// Idempotency keys for state-changing requests (decisions, acceptance): the same key from the
// same person for the same operation returns the first answer and changes nothing more.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';

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
