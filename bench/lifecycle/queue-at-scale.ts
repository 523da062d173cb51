// "My queue, 50 rows, filtered" with a million applications loaded: listTasks as the review
// screen calls it (first page, the next page through the keyset cursor, the SLA-breached filter),
// next to the same keyset page read as bare SQL in the same run.
import { taskListInputSchema, type TaskListInput } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { builtInReferenceData } from '../../api/src/reference/reference-data';
import { listTasks } from '../../api/src/modules/tasks/task-list.query';
import { percentiles, type Percentiles } from '../timing';

export interface QueueTimings {
  readonly firstPage: Percentiles;
  readonly nextPage: Percentiles;
  readonly breached: Percentiles;
  readonly rawFirstPage: Percentiles;
  readonly plan: string;
}

export async function queueAtScale(database: Database, now: Date, calls = 300): Promise<QueueTimings> {
  const { db } = database;
  const { calendar } = builtInReferenceData();
  const reviewer = await db.selectFrom('staff').select('id').where('role', '=', 'reviewer').orderBy('id').executeTakeFirstOrThrow();
  const viewer = { id: reviewer.id, roles: ['reviewer' as const] };
  const mine: TaskListInput = taskListInputSchema.parse({ businessTypes: ['withdrawal.rent'], sort: { field: 'due', dir: 'asc' }, limit: 50 });
  const first = await listTasks(db, calendar, mine, viewer, now);
  if (first.items.length < 50 || !first.nextCursor) throw new Error(`the large load left only ${first.items.length} rent review tasks`);
  const second: TaskListInput = { ...mine, cursor: first.nextCursor };
  const breached: TaskListInput = { ...mine, sla: 'breached' };

  // The bare keyset read the first page amounts to: same joins, filters, order and limit, without
  // the service around it (no cursor/SLA mapping, no masking).
  const rawPage = db
    .selectFrom('tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .leftJoin('staff as s', 's.id', 't.assignee_id')
    .select(['t.id', 't.step', 't.status', 't.due_on', 't.priority', 't.claimed_at', 't.assignee_id', 't.office_id', 't.business_type', 's.display_name',
      'a.id as application_id', 'a.receipt_no', 'a.applicant_name', 'a.applicant_id', 'a.amount_fen', 'a.accepted_at', 'a.version', 'a.channel'])
    .where('t.status', 'in', ['open', 'claimed'])
    .where('t.candidate_role', 'in', ['reviewer'])
    .where('t.business_type', 'in', ['withdrawal.rent'])
    .orderBy('t.due_on', 'asc')
    .orderBy('t.id', 'asc')
    .limit(51);
  const compiled = rawPage.compile();
  const explained = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain (analyze, buffers, costs off) ${compiled.sql}` });

  return {
    firstPage: await percentiles(calls, () => listTasks(db, calendar, mine, viewer, now)),
    nextPage: await percentiles(calls, () => listTasks(db, calendar, second, viewer, now)),
    breached: await percentiles(calls, () => listTasks(db, calendar, breached, viewer, now)),
    rawFirstPage: await percentiles(calls, () => rawPage.execute()),
    plan: explained.rows.map((r) => r['QUERY PLAN']).join('\n'),
  };
}
