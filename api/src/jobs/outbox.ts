// Writing a job is part of the change that needs it: same transaction, so a committed decision
// always has its job and a rolled-back one never does. A dedupe key makes writing it twice a no-op.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';

export interface NewJob {
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly dedupeKey?: string;
  readonly runAt: Date;
}

export async function enqueueJob(trx: Transaction<DB>, job: NewJob): Promise<void> {
  await trx
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt,
      created_at: job.runAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}
