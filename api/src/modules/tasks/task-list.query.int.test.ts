// Queue pages on both databases: every filter, sort field and direction, walked page by page
// through the keyset cursor, returns exactly the active tasks the filter describes, in
// (sort value, task id) order, none twice and none missed — also across runs of equal due dates,
// amounts and acceptance instants, where only the id orders. The queue's indexes (migrations
// 0002, 0020, 0021) must never change what a page holds, only how fast it comes.
import { describe, expect, it } from 'vitest';
import { taskListInputSchema } from '@onetrip/workflows';
import { builtInReferenceData } from '../../reference/reference-data';
import { seedOrganisation } from '../../seed/organisation';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { listTasks } from './task-list.query';
import { taskSla } from './task-sla';
import type { TaskRole } from './task.repository';

/** Friday 2026-11-20, 10:00 in Shanghai. */
const NOW = new Date('2026-11-20T02:00:00Z');
const { calendar } = builtInReferenceData();

// Few distinct values per sort key, so most page boundaries fall inside a run of ties.
const DUE = ['2026-11-16', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-30'];
const TYPES = ['withdrawal.rent', 'employer.seal', 'loan.purchase'] as const;
const OFFICES = ['HRB-DL', 'HRB-NG', 'HRB-XF'];
const STEPS = ['review_1', 'review_2', 'approval'] as const;
const STATUSES = ['open', 'claimed', 'open', 'claimed', 'done', 'cancelled'] as const;
const AMOUNTS = [120_000, 500_000, 500_000, 3_000_000];
const ACCEPTED = ['2026-11-02T01:00:00Z', '2026-11-09T06:30:00Z', '2026-11-16T01:00:00Z'];
const REVIEWERS = ['S013', 'S014'];
const COUNT = 200;

interface Row {
  id: string;
  role: TaskRole;
  type: string;
  office: string;
  step: string;
  status: string;
  assignee: string | null;
  due: string;
  amount: number;
  accepted: number;
}

describe.each(await testTargets())('review queue pages on $kind', (target) => {
  const rows: Row[] = [];
  const h = useTestDatabase(target, async (trx) => {
    await seedOrganisation(trx);
    // A fixed pseudo-random stream: the same fixture every run, with the value sets mixed freely.
    let seed = 20261120;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * xs.length)]!;
    for (let i = 0; i < COUNT; i++) {
      const step = pick(STEPS);
      const status = pick(STATUSES);
      const app = {
        id: `Q-${String(i).padStart(3, '0')}`, type: pick(TYPES), office: pick(OFFICES), due: pick(DUE), amount: pick(AMOUNTS), accepted: new Date(pick(ACCEPTED)),
      };
      await trx
        .insertInto('applications')
        .values({
          id: app.id, receipt_no: `SL-${app.id}`, business_type: app.type, applicant_kind: 'person', applicant_id: `2301021990010${String(10000 + i)}`,
          // Tasks are active while the application is in review, first or again after a supplement.
          applicant_name: `申请人${i}`, channel: 'counter', office_id: app.office, status: pick(['in_review', 'resubmitted']), step, route: JSON.stringify(STEPS), amount_fen: app.amount,
          form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 3, accepted_at: app.accepted, due_on: app.due,
          created_at: app.accepted, updated_at: app.accepted,
        })
        .execute();
      const assignee = status === 'claimed' ? pick(REVIEWERS) : null;
      const role: TaskRole = step === 'approval' ? 'approver' : 'reviewer';
      const task = await trx
        .insertInto('tasks')
        .values({
          application_id: app.id, step, candidate_role: role, office_id: app.office, business_type: app.type, due_on: app.due, status,
          assignee_id: assignee, claimed_at: assignee ? app.accepted : null, created_at: app.accepted, accepted_at: app.accepted, amount_fen: app.amount,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      rows.push({ id: String(task.id), role, type: app.type, office: app.office, step, status, assignee, due: app.due, amount: app.amount, accepted: app.accepted.getTime() });
    }
  });

  type Filters = Record<string, unknown>;
  const viewer = { id: 'S013', roles: ['reviewer'] as TaskRole[] };

  /** What a filter means, said once more in plain code: the active tasks it admits. */
  function admitted(f: Filters, roles: readonly TaskRole[], r: Row): boolean {
    const types = f.businessTypes as string[] | undefined;
    const steps = f.steps as string[] | undefined;
    return (
      (r.status === 'open' || r.status === 'claimed') && roles.includes(r.role) &&
      (!types || types.includes(r.type)) && (!steps || steps.includes(r.step)) && (!f.branchId || r.office === f.branchId) &&
      (f.assignee === undefined || (f.assignee === 'me' ? r.assignee === viewer.id : f.assignee === 'unassigned' ? r.assignee === null : r.assignee === f.assignee)) &&
      (!f.sla || f.sla === (taskSla(calendar, r.due, NOW).status === 'due_today' ? 'at_risk' : taskSla(calendar, r.due, NOW).status)) &&
      // acceptance days are Shanghai calendar days, the last one included
      (!f.acceptedFrom || r.accepted >= Date.parse(`${String(f.acceptedFrom)}T00:00:00+08:00`)) &&
      (!f.acceptedTo || r.accepted < Date.parse(`${String(f.acceptedTo)}T00:00:00+08:00`) + 86_400_000)
    );
  }

  function expectedOrder(f: Filters, roles: readonly TaskRole[], field: 'due' | 'accepted_at' | 'amount', dir: 'asc' | 'desc'): string[] {
    const key = (r: Row) => (field === 'due' ? r.due : field === 'amount' ? r.amount : r.accepted);
    const sign = dir === 'asc' ? 1 : -1;
    return rows
      .filter((r) => admitted(f, roles, r))
      .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : Number(BigInt(a.id) - BigInt(b.id))))
      .map((r) => r.id);
  }

  async function walk(f: Filters, roles: readonly TaskRole[], sort: { field: 'due' | 'accepted_at' | 'amount'; dir: 'asc' | 'desc' }) {
    const input = taskListInputSchema.parse({ ...f, sort, limit: 7 });
    const seen: string[] = [];
    let cursor = undefined as (typeof input)['cursor'];
    for (let page = 0; page < 30; page++) {
      const result = await listTasks(h.db, calendar, { ...input, cursor }, { id: viewer.id, roles }, NOW);
      seen.push(...result.items.map((i) => i.taskId));
      if (!result.nextCursor) return seen;
      expect(result.items).toHaveLength(7);
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never reached the end of the queue');
  }

  const FILTERS: [string, Filters][] = [
    ['no filter', {}],
    ['one business type', { businessTypes: ['withdrawal.rent'] }],
    ['two business types', { businessTypes: ['withdrawal.rent', 'employer.seal'] }],
    ['one step', { steps: ['review_2'] }],
    ['one office', { branchId: 'HRB-NG' }],
    ['one office and type', { branchId: 'HRB-XF', businessTypes: ['withdrawal.rent'] }],
    ['assigned to me', { assignee: 'me' }],
    ['unassigned', { assignee: 'unassigned' }],
    ['SLA breached', { sla: 'breached' }],
    ['SLA on track', { sla: 'on_track' }],
    ['accepted from a day on', { acceptedFrom: '2026-11-09' }],
    ['accepted on one day', { acceptedFrom: '2026-11-09', acceptedTo: '2026-11-09' }],
    ['accepted up to a day, one type', { acceptedTo: '2026-11-09', businessTypes: ['employer.seal'] }],
  ];
  const SORTS = (['due', 'accepted_at', 'amount'] as const).flatMap((field) => (['asc', 'desc'] as const).map((dir) => ({ field, dir })));

  it.skipIf(!!target.skip)('walks every filter × sort × direction in keyset pages: exactly the admitted tasks, in order, each once', async () => {
    for (const [, f] of FILTERS) {
      for (const sort of SORTS) {
        const want = expectedOrder(f, viewer.roles, sort.field, sort.dir);
        expect(want.length, `fixture rows admitted by ${JSON.stringify(f)}`).toBeGreaterThanOrEqual(5);
        expect({ f, sort, ids: await walk(f, viewer.roles, sort) }).toEqual({ f, sort, ids: want });
      }
    }
  });

  it.skipIf(!!target.skip)('a viewer with both roles sees both queues merged in one due order', async () => {
    const both: TaskRole[] = ['reviewer', 'approver'];
    for (const dir of ['asc', 'desc'] as const) {
      const want = expectedOrder({}, both, 'due', dir);
      expect(want.length).toBeGreaterThan(expectedOrder({}, ['reviewer'], 'due', dir).length);
      expect(await walk({}, both, { field: 'due', dir })).toEqual(want);
    }
  });

  it.skipIf(!!target.skip)('the fixture puts page boundaries inside runs of equal due dates', () => {
    // Guards the test above: without ties only the sort value would ever be compared.
    const active = expectedOrder({}, ['reviewer'], 'due', 'asc');
    const due = new Map(rows.map((r) => [r.id, r.due]));
    const boundaries: [string, string][] = [];
    for (let k = 7; k < active.length; k += 7) boundaries.push([active[k - 1]!, active[k]!]);
    expect(boundaries.filter(([last, next]) => due.get(last) === due.get(next)).length).toBeGreaterThan(1);
  });
});
