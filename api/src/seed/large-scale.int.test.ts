// The large-scale seeder at a small scale on both databases: the status mix, tasks only for the
// applications in review (with the right role, and a four-eyes-clean assignee), pauses only for
// returned ones, plausible due dates, and receipt numbering that continues after the load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedOrganisationOnce } from '../modules/transfers/testing/transfer-fixtures';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { chinaCalendar } from '@onetrip/workflows';
import { workingDaysAround } from './large-scale.plan';
import { seedLargeScale } from './large-scale.seed';

const COUNT = 2_000;
const NOW = new Date('2026-11-20T02:00:00Z');

describe.each(await testTargets())('large-scale seed on $kind', ({ kind, skip }) => {
  let t: TestDatabase;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await seedOrganisationOnce(t.database);
    await seedLargeScale(t.database, { count: COUNT, batchSize: 700, now: NOW });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('writes mostly finished applications and about one in eight open', async () => {
    const rows = await t.database.db.selectFrom('applications').select(['status']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('status').execute();
    const count = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBe(COUNT);
    const open = (count.in_review ?? 0) + (count.returned_for_supplement ?? 0) + (count.transfer_pending ?? 0);
    expect(open / COUNT).toBeGreaterThan(0.08);
    expect(open / COUNT).toBeLessThan(0.16);
    for (const s of ['transferred', 'rejected', 'disbursed', 'closed', 'in_review', 'returned_for_supplement', 'transfer_pending']) expect(count[s]).toBeGreaterThan(0);
    const rent = await t.database.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where('business_type', '=', 'withdrawal.rent').executeTakeFirstOrThrow();
    expect(Number(rent.n) / COUNT).toBeGreaterThan(0.25);
  });

  it.skipIf(!!skip)('opens one task per application in review, none for the others', async () => {
    const { rows } = await sql<{ status: string; step: string | null; tasks: number; role: string | null; assignee: string | null; acted: number }>`
      select a.status, a.step, count(t.id)::int as tasks, min(t.candidate_role) as role, min(t.assignee_id) as assignee,
        (select count(*)::int from application_actions x where x.application_id = a.id and x.actor_id = min(t.assignee_id)) as acted
      from applications a left join tasks t on t.application_id = a.id group by a.id`.execute(t.database.db);
    for (const r of rows) {
      expect(r.tasks).toBe(r.status === 'in_review' ? 1 : 0);
      if (r.status === 'in_review') {
        expect(r.role).toBe(r.step === 'review_1' || r.step === 'review_2' ? 'reviewer' : 'approver');
        expect(r.acted).toBe(0); // four eyes: the assignee has not acted on an earlier step
      }
    }
    // The queue sorts by the task's copies of the application's acceptance instant and amount.
    const copies = await sql<{ n: number; differ: number }>`
      select count(*)::int as n, count(*) filter (where t.accepted_at is distinct from a.accepted_at or t.amount_fen is distinct from a.amount_fen)::int as differ
      from tasks t join applications a on a.id = t.application_id`.execute(t.database.db);
    expect(copies.rows[0]!.n).toBeGreaterThan(0);
    expect(copies.rows[0]!.differ).toBe(0);
    const pauses = await sql<{ n: number }>`select count(*)::int as n from sla_pauses p join applications a on a.id = p.application_id where a.status <> 'returned_for_supplement'`.execute(t.database.db);
    expect(pauses.rows[0]!.n).toBe(0);
  });

  it.skipIf(!!skip)('gives every application a working-day due date after acceptance and a unique receipt', async () => {
    const { rows } = await sql<{ bad: number; receipts: number }>`
      select count(*) filter (where due_on is null or accepted_at is null or due_on <= (accepted_at at time zone 'Asia/Shanghai')::date or accepted_at > ${NOW})::int as bad,
        count(distinct receipt_no)::int as receipts
      from applications`.execute(t.database.db);
    expect(rows[0]).toEqual({ bad: 0, receipts: COUNT });
    const working = new Set(workingDaysAround(chinaCalendar, '2026-11-20'));
    const dues = await t.database.db.selectFrom('applications').select('due_on').distinct().execute();
    expect(dues.filter((d) => !working.has(d.due_on!))).toEqual([]);
    // Finished steps are on record, so four eyes and "claim next" see them.
    const actions = await t.database.db.selectFrom('application_actions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(actions.n)).toBeGreaterThan(COUNT);
    // Today's next receipt continues after the seeded ones.
    const seq = await t.database.db.selectFrom('receipt_sequences').select((eb) => eb.fn.max('last').as('last')).where('day', '=', '2026-11-20').executeTakeFirst();
    expect(Number(seq?.last)).toBeGreaterThan(0);
  });
});
