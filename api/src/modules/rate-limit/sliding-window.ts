// Rate limits for the public doors (sign-in codes, progress lookup): a sliding window over a log
// of hits in the database, so every API process counts the same hits. A refused call is not a
// hit: someone who waits gets in once the window has moved on.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';

export interface Limit {
  readonly max: number;
  readonly windowMs: number;
}

/** Counts one hit against `bucket` if every limit still has room; otherwise TOO_MANY_REQUESTS. */
export async function takeHit(db: Kysely<DB>, bucket: string, now: Date, limits: readonly Limit[]): Promise<void> {
  const longest = Math.max(...limits.map((l) => l.windowMs));
  const retryAfterMs = await db.transaction().execute(async (trx) => {
    // Two concurrent calls on one bucket must not both see the last free slot.
    await sql`select pg_advisory_xact_lock(hashtext(${bucket}))`.execute(trx);
    await trx.deleteFrom('rate_limit_hits').where('bucket', '=', bucket).where('at', '<=', new Date(now.getTime() - longest)).execute();
    const hits = (await trx.selectFrom('rate_limit_hits').select('at').where('bucket', '=', bucket).orderBy('at', 'desc').execute()).map((h) => h.at.getTime());
    let wait = 0;
    for (const limit of limits) {
      const inWindow = hits.filter((t) => t > now.getTime() - limit.windowMs);
      // Full: room comes back when the oldest hit that still counts leaves the window.
      if (inWindow.length >= limit.max) wait = Math.max(wait, inWindow[limit.max - 1]! + limit.windowMs - now.getTime());
    }
    if (wait > 0) return wait;
    await trx.insertInto('rate_limit_hits').values({ bucket, at: now }).execute();
    return 0;
  });
  if (retryAfterMs > 0) throw new AppError('TOO_MANY_REQUESTS', 'rate_limit.exceeded', { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) });
}
