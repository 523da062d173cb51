// The anchor for the lifecycle figures: the bare SQL one state change needs — a version-checked
// update of the application and one audit row — in its own transaction on one connection. The
// audit row carries a precomputed hash and takes no chain lock: what is left is the database.
import { createHash } from 'node:crypto';
import type { Database } from '../../api/src/db/database';

const STATUSES = ['accepted', 'in_review'] as const;

/** Transitions per second over `transitions` changes spread over rows pre-inserted for this `round`. */
export async function rawTransitionRate(database: Database, transitions: number, round: string): Promise<number> {
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
  const started = performance.now();
  let n = 0;
  for (const status of STATUSES) {
    for (const id of ids) {
      const hash = createHash('sha256').update(`${id}:${status}`).digest('hex');
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('applications')
          .set((eb) => ({ status, version: eb('version', '+', 1), updated_at: at }))
          .where('id', '=', id)
          .where('version', '=', n < rows ? 0 : 1)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new Error(`raw transition of ${id} lost its version check`);
        await trx
          .insertInto('audit_events')
          .values({ at, actor_kind: 'system', actor_id: 'bench', action: `application.${status}`, subject_type: 'application', subject_id: id, data: '{}', prev_hash: hash, hash })
          .execute();
      });
      n++;
    }
  }
  return n / ((performance.now() - started) / 1000);
}
