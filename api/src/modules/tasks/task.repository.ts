// All SQL of the review queues: pages with keyset pagination, counts, and the atomic claims.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export type TaskRole = 'reviewer' | 'approver';

/**
 * Claim the most urgent open task this person may act on, in one statement; SKIP LOCKED lets 50
 * claim at once (the picked row is locked by the CTE, so the update finds it still open).
 */
export async function claimNextTask(trx: Transaction<DB>, staffId: string, roles: readonly TaskRole[], now: Date) {
  return trx
    .with('picked', (db) =>
      db
        .selectFrom('tasks as t')
        .select('t.id')
        .where('t.status', '=', 'open')
        .where('t.candidate_role', 'in', roles)
        // Four eyes: never a task on an application this person already acted on (incl. acceptance).
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('application_actions as a').select('a.actor_id').whereRef('a.application_id', '=', 't.application_id').where('a.actor_id', '=', staffId))),
        )
        .orderBy('t.due_on')
        .orderBy('t.priority', 'desc')
        .orderBy('t.id')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .updateTable('tasks')
    .from('picked')
    .set({ status: 'claimed', assignee_id: staffId, claimed_at: now })
    .whereRef('tasks.id', '=', 'picked.id')
    .where('tasks.status', '=', 'open')
    .returningAll('tasks')
    .executeTakeFirst();
}

export async function claimTask(trx: Transaction<DB>, taskId: number, staffId: string, now: Date) {
  return trx
    .updateTable('tasks')
    .set({ status: 'claimed', assignee_id: staffId, claimed_at: now })
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

export async function findTask(db: Kysely<DB> | Transaction<DB>, taskId: number) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('staff as s', 's.id', 't.assignee_id')
    .selectAll('t')
    .select(['s.display_name as assignee_name'])
    .where('t.id', '=', taskId)
    .executeTakeFirst();
}

export async function hasActedOn(db: Kysely<DB> | Transaction<DB>, applicationId: string, staffId: string) {
  const row = await db
    .selectFrom('application_actions')
    .select(['step', 'at'])
    .where('application_id', '=', applicationId)
    .where('actor_id', '=', staffId)
    .orderBy('at')
    .limit(1)
    .executeTakeFirst();
  return row;
}

export async function openCounts(db: Kysely<DB>, roles: readonly TaskRole[], staffId: string) {
  return db
    .selectFrom('tasks')
    .select(['step', 'business_type'])
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where status = 'open')::int`.as('open'),
      sql<number>`count(*) filter (where assignee_id = ${staffId})::int`.as('mine'),
      eb.fn.min('due_on').as('oldest_due_on'),
      eb.fn.min('created_at').as('oldest_created_at'),
    ])
    .where('status', 'in', ['open', 'claimed'])
    .where('candidate_role', 'in', roles)
    .groupBy(['step', 'business_type'])
    .orderBy('step')
    .orderBy('business_type')
    .execute();
}
