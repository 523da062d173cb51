// "My queue, 50 rows, filtered" with a million applications loaded: listTasks as the review
// screen calls it, over the requests a reviewer's day is made of — the filters the screen and
// the team's saved views send (business type, each office, SLA state, step, assignee), first
// pages and keyset next pages down to page 10 — each timed through the service and, right
// beside it, as the bare SQL the service sent for that same page (the anchor: what the database
// alone costs, under the same machine load at the same moment).
import { taskListInputSchema, type TaskListInput } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { builtInReferenceData } from '../../api/src/reference/reference-data';
import { listTasks, taskPageQuery } from '../../api/src/modules/tasks/task-list.query';
import { percentile, type Percentiles } from '../timing';

export interface QueueTimings {
  /** every timed request of the mix */
  readonly all: Percentiles;
  readonly firstPages: Percentiles;
  /** pages 2 … 10, reached through the cursor */
  readonly nextPages: Percentiles;
  /** the requests filtered to SLA breached */
  readonly breached: Percentiles;
  /** the same pages' SQL without the service, interleaved with them */
  readonly raw: Percentiles;
  readonly requests: number;
  readonly distinctPages: number;
  /** EXPLAIN ANALYZE of the first and a deep page of the reviewer's rent queue */
  readonly plans: { readonly first: string; readonly deep: string };
}

/** Pages walked per filter set: the first, the next two, and one ten pages down. */
const PAGES = [1, 2, 3, 10];

interface Page {
  readonly filters: string;
  readonly page: number;
  readonly input: TaskListInput;
  /** the statement and parameters listTasks sends for this page */
  readonly sql: ReturnType<ReturnType<typeof taskPageQuery>['compile']>;
}

export async function queueAtScale(database: Database, now: Date, requests = 1000): Promise<QueueTimings> {
  const { db } = database;
  const { calendar } = builtInReferenceData();
  const reviewer = await db.selectFrom('staff').select('id').where('role', '=', 'reviewer').orderBy('id').executeTakeFirstOrThrow();
  const offices = await db.selectFrom('offices').select('id').orderBy('id').execute();
  const viewer = { id: reviewer.id, roles: ['reviewer' as const] };
  const rent = { businessTypes: ['withdrawal.rent'] };
  const filterSets: [string, object][] = [
    ['rent', rent],
    ...offices.map((o): [string, object] => [`rent, ${o.id}`, { ...rent, branchId: o.id }]),
    ['rent, SLA breached', { ...rent, sla: 'breached' }],
    ['rent, SLA at risk', { ...rent, sla: 'at_risk' }],
    ['rent, newest due first', { ...rent, sort: { field: 'due', dir: 'desc' } }],
    ['SLA breached', { sla: 'breached' }],
    ['two types', { businessTypes: ['withdrawal.rent', 'withdrawal.retirement'] }],
    ['second review step', { steps: ['review_2'] }],
    ['assigned to me', { assignee: 'me' }],
    ['unassigned', { assignee: 'unassigned' }],
    ['no filter (screen default)', {}],
  ];

  // Walk each filter set's pages once to collect the cursors and the SQL each page sends.
  const pages: Page[] = [];
  for (const [filters, f] of filterSets) {
    let input = taskListInputSchema.parse({ sort: { field: 'due', dir: 'asc' }, limit: 50, ...f });
    for (let page = 1; page <= Math.max(...PAGES); page++) {
      const result = await listTasks(db, calendar, input, viewer, now);
      if (PAGES.includes(page)) pages.push({ filters, page, input, sql: taskPageQuery(db, calendar, input, viewer, now).compile() });
      if (!result.nextCursor) break;
      input = { ...input, cursor: result.nextCursor };
    }
  }
  const rentFirst = pages.find((p) => p.filters === 'rent' && p.page === 1);
  const rentDeep = pages.find((p) => p.filters === 'rent' && p.page === 10);
  if (!rentFirst || !rentDeep) throw new Error('the large load left fewer than 10 pages of rent review tasks');

  const service = (p: Page) => listTasks(db, calendar, p.input, viewer, now);
  const bare = (p: Page) => db.executeQuery(p.sql);
  // Warm-up: every page twice both ways (plans, buffers, the pool's connections).
  for (let round = 0; round < 2; round++) {
    for (const p of pages) {
      await service(p);
      await bare(p);
    }
  }

  const times = { all: [] as number[], first: [] as number[], next: [] as number[], breached: [] as number[], raw: [] as number[] };
  const timed = async (op: () => Promise<unknown>) => {
    const t0 = performance.now();
    await op();
    return performance.now() - t0;
  };
  for (let i = 0; i < requests; i++) {
    const p = pages[i % pages.length]!;
    // Alternate which goes first, so neither always meets the other's warm caches.
    const rawFirst = i % 2 === 1;
    const early = rawFirst ? await timed(() => bare(p)) : await timed(() => service(p));
    const late = rawFirst ? await timed(() => service(p)) : await timed(() => bare(p));
    const [ms, rawMs] = rawFirst ? [late, early] : [early, late];
    times.all.push(ms);
    times.raw.push(rawMs);
    (p.page === 1 ? times.first : times.next).push(ms);
    if (p.filters.includes('breached')) times.breached.push(ms);
  }

  const explain = async (p: Page) => {
    const r = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...p.sql, sql: `explain (analyze, buffers, costs off) ${p.sql.sql}` });
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  };
  const pct = (ms: number[]): Percentiles => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
  };
  return {
    all: pct(times.all),
    firstPages: pct(times.first),
    nextPages: pct(times.next),
    breached: pct(times.breached),
    raw: pct(times.raw),
    requests,
    distinctPages: pages.length,
    plans: { first: await explain(rentFirst), deep: await explain(rentDeep) },
  };
}
