// Workload per reviewer and approver: two grouped scans of tasks (claimed now; finished in the
// last 30 days) joined to the staff list, so a reviewer with nothing on their desk still shows.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** How far back the average handling time looks: recent enough to reflect today's practice. */
export const HANDLING_WINDOW_DAYS = 30;

export async function workloadRows(db: Kysely<DB>, dayStart: Date, now: Date) {
  const since = new Date(now.getTime() - HANDLING_WINDOW_DAYS * 86_400_000);
  const claimed = db
    .selectFrom('tasks')
    .select(['assignee_id', sql<number>`count(*)::int`.as('claimed'), sql<Date>`min(claimed_at)`.as('oldest_claimed_at')])
    .where('status', '=', 'claimed')
    .groupBy('assignee_id')
    .as('c');
  const done = db
    .selectFrom('tasks')
    .select([
      'completed_by',
      sql<number>`(count(*) filter (where completed_at >= ${dayStart}))::int`.as('decided_today'),
      sql<number>`count(*)::int`.as('decided_window'),
      sql<number | null>`avg(extract(epoch from completed_at - claimed_at))`.as('avg_handling_seconds'),
    ])
    .where('status', '=', 'done')
    .where('completed_at', '>=', since)
    .groupBy('completed_by')
    .as('d');
  return db
    .selectFrom('staff as s')
    .leftJoin(claimed, 'c.assignee_id', 's.id')
    .leftJoin(done, 'd.completed_by', 's.id')
    .select(['s.id', 's.display_name', 's.role', 's.office_id', 'c.claimed', 'c.oldest_claimed_at', 'd.decided_today', 'd.decided_window', 'd.avg_handling_seconds'])
    .where('s.role', 'in', ['reviewer', 'approver'])
    .where('s.active', '=', true)
    // Whoever holds the most work first: that is where a supervisor looks.
    .orderBy(sql`coalesce(c.claimed, 0)`, 'desc')
    .orderBy('s.role')
    .orderBy('s.display_name')
    .execute();
}

/** The tasks one person holds, oldest claim first (what a supervisor moves when they are away). */
export function claimedTasksOf(db: Kysely<DB>, staffId: string) {
  return db
    .selectFrom('tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .select(['t.id', 't.step', 't.business_type', 't.claimed_at', 't.due_on', 't.candidate_role', 'a.id as application_id', 'a.receipt_no', 'a.applicant_name'])
    .where('t.assignee_id', '=', staffId)
    .where('t.status', '=', 'claimed')
    .orderBy('t.claimed_at')
    .orderBy('t.id')
    .limit(500)
    .execute();
}
