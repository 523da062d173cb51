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
import { percentilesOf, type Percentiles } from '../timing';

export interface QueueTimings {
  /** every timed request of the mix (the queue's own order: due date) */
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
  /** the same queue sorted by the application's acceptance instant or amount (copied onto the task) */
  readonly otherSorts: Percentiles;
  readonly otherSortsRaw: Percentiles;
  readonly otherSortsRequests: number;
  readonly otherSortsPages: number;
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

export async function queueAtScale(database: Database, now: Date, requests = 1000, otherSortsRequests = 16): Promise<QueueTimings> {
  const { db } = database;
  const { calendar } = builtInReferenceData();
  const reviewer = await db.selectFrom('staff').select('id').where('role', '=', 'reviewer').orderBy('id').executeTakeFirstOrThrow();
  const offices = await db.selectFrom('offices').select('id').orderBy('id').execute();
  const viewer = { id: reviewer.id, roles: ['reviewer' as const] };
  const rent = { businessTypes: ['withdrawal.rent'] };
  const dueOrder: [string, object][] = [
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
  // The grid's other sortable columns, both ways: first pages only, and fewer of them. Until
  // migration 0021 these pages joined every active task to its application and sorted them
  // (0.3–3.4 s each); the task now carries both keys and its own page indexes, so they are
  // index scans like the due-date pages. With 16 requests the p99 is the slowest sample.
  const otherOrders: [string, object][] = (['accepted_at', 'amount'] as const).flatMap((field) =>
    (['asc', 'desc'] as const).flatMap((dir): [string, object][] => [
      [`rent by ${field} ${dir}`, { ...rent, sort: { field, dir } }],
      [`all by ${field} ${dir}`, { sort: { field, dir } }],
    ]),
  );

  // Walk each filter set's pages once to collect the cursors and the SQL each page sends.
  const collect = async (filterSets: [string, object][], wanted: readonly number[]) => {
    const pages: Page[] = [];
    for (const [filters, f] of filterSets) {
      let input = taskListInputSchema.parse({ sort: { field: 'due', dir: 'asc' }, limit: 50, ...f });
      for (let page = 1; page <= Math.max(...wanted); page++) {
        const result = await listTasks(db, calendar, input, viewer, now);
        if (wanted.includes(page)) pages.push({ filters, page, input, sql: taskPageQuery(db, calendar, input, viewer, now).compile() });
        if (!result.nextCursor) break;
        input = { ...input, cursor: result.nextCursor };
      }
    }
    return pages;
  };
  const pages = await collect(dueOrder, PAGES);
  const otherPages = await collect(otherOrders, [1]);
  const rentFirst = pages.find((p) => p.filters === 'rent' && p.page === 1);
  const rentDeep = pages.find((p) => p.filters === 'rent' && p.page === 10);
  if (!rentFirst || !rentDeep) throw new Error('the large load left fewer than 10 pages of rent review tasks');

  const service = (p: Page) => listTasks(db, calendar, p.input, viewer, now);
  const bare = (p: Page) => db.executeQuery(p.sql);
  const timed = async (op: () => Promise<unknown>) => {
    const t0 = performance.now();
    await op();
    return performance.now() - t0;
  };
  /** Each request through the service and as bare SQL, round-robin over the pages. */
  const run = async (of: Page[], count: number, warmUpRounds: number) => {
    // Warm-up: every page both ways (plans, buffers, the pool's connections).
    for (let round = 0; round < warmUpRounds; round++) {
      for (const p of of) {
        await service(p);
        await bare(p);
      }
    }
    const samples: { page: Page; ms: number; rawMs: number }[] = [];
    for (let i = 0; i < count; i++) {
      const page = of[i % of.length]!;
      // Alternate which goes first, so neither always meets the other's warm caches.
      const rawFirst = i % 2 === 1;
      const early = rawFirst ? await timed(() => bare(page)) : await timed(() => service(page));
      const late = rawFirst ? await timed(() => service(page)) : await timed(() => bare(page));
      samples.push(rawFirst ? { page, ms: late, rawMs: early } : { page, ms: early, rawMs: late });
    }
    return samples;
  };
  const explain = async (p: Page) => {
    const r = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...p.sql, sql: `explain (analyze, buffers, costs off) ${p.sql.sql}` });
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  };

  const mix = await run(pages, requests, 2);
  const other = await run(otherPages, otherSortsRequests, 1);
  const ms = (samples: typeof mix, which: (p: Page) => boolean = () => true) => percentilesOf(samples.filter((s) => which(s.page)).map((s) => s.ms));
  return {
    all: ms(mix),
    firstPages: ms(mix, (p) => p.page === 1),
    nextPages: ms(mix, (p) => p.page > 1),
    breached: ms(mix, (p) => p.filters.includes('breached')),
    raw: percentilesOf(mix.map((s) => s.rawMs)),
    requests,
    distinctPages: pages.length,
    otherSorts: ms(other),
    otherSortsRaw: percentilesOf(other.map((s) => s.rawMs)),
    otherSortsRequests,
    otherSortsPages: otherPages.length,
    plans: { first: await explain(rentFirst), deep: await explain(rentDeep) },
  };
}
