// Writing a job is part of the change that needs it: same transaction, so a committed decision
// always has its job and a rolled-back one never does. A dedupe key makes writing it twice a no-op.
import type { Transaction } from 'kysely';
import { writeNowOrDeferred, type DeferredWrites } from '../db/deferred-writes';
import type { DB } from '../db/schema';

export interface NewJob {
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly dedupeKey?: string;
  readonly runAt: Date;
}

/** Writes the job now, or — given the transaction's batch — in the batch's closing statement. */
export async function enqueueJob(trx: Transaction<DB>, job: NewJob, batch?: DeferredWrites): Promise<void> {
  const insert = trx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt,
      created_at: job.runAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing());
  await writeNowOrDeferred(insert, batch);
}
