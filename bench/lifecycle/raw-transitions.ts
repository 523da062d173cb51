// The anchor for the lifecycle figures: the bare SQL one state change needs — a version-checked
// update of the application and one audit row — in its own transaction. The
// audit row carries a precomputed hash and takes no chain lock: what is left is the database.
import { createHash } from 'node:crypto';
import type { Database } from '../../api/src/db/database';

const STATUSES = ['accepted', 'in_review'] as const;

/** Transitions per second over `transitions` changes spread over rows pre-inserted for this `round`. */
export async function rawTransitionRate(database: Database, transitions: number, round: string, concurrency: number): Promise<number> {
  const { db } = database;
  const rows = transitions / STATUSES.length;
  const at = new Date('2026-11-20T02:00:00Z');
  const ids = Array.from({ length: rows }, (_, i) => `RAW-${round}-${String(i).padStart(6, '0')}`);
  await db
    .insertInto('applications')
    .values(ids.map((id, i) => ({
      id, business_type: 'withdrawal.rent', applicant_kind: 'person' as const, applicant_id: `RAW-ID-${round}-${i}`, applicant_name: '基准', account_no: null,
      channel: 'counter' as const, office_id: 'HRB-DL', status: 'booked', route: '["review_1"]',
      form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 3, created_at: at, updated_at: at,
    })))
    .execute();
  // `concurrency` sessions, each moving its share of the rows (one transaction per transition):
  // the same number of sessions as the applications' run, so neither side gets more of the
  // database's parallelism (group commit on PostgreSQL) than the other.
  const transition = async (id: string, step: number) => {
    const status = STATUSES[step]!;
    const hash = createHash('sha256').update(`${id}:${status}`).digest('hex');
    await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('applications')
        .set((eb) => ({ status, version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', id)
        .where('version', '=', step)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new Error(`raw transition of ${id} lost its version check`);
      await trx
        .insertInto('audit_events')
        .values({ at, actor_kind: 'system', actor_id: 'bench', action: `application.${status}`, subject_type: 'application', subject_id: id, data: '{}', prev_hash: hash, hash })
        .execute();
    });
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let step = 0; step < STATUSES.length; step++) {
        for (let i = w; i < ids.length; i += concurrency) await transition(ids[i]!, step);
      }
    }),
  );
  return transitions / ((performance.now() - started) / 1000);
}
