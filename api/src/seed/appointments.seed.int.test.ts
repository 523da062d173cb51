// Demo appointments on both databases: within capacity everywhere, counters equal to the rows,
// today's story at clerk01's window, deterministic for a date.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { seedAppointments, type SeededAppointments } from './appointments.seed';
import { seedOrganisation } from './organisation';
import { DEMO_SCENARIOS, SEED_TODAY, seedPopulation } from './population';

describe.each(await testTargets())('demo appointments on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let seeded: SeededAppointments;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    seeded = await t.database.db.transaction().execute(async (trx) => {
      await seedOrganisation(trx);
      await seedPopulation(trx, t.database, { seed: 20_261_122, scale: 0.05 });
      return seedAppointments(trx, { today: SEED_TODAY });
    });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('books today and the next ten working days, never past capacity, counters matching the rows', async () => {
    expect(seeded.days).toHaveLength(11);
    expect(seeded.days[0]).toBe(SEED_TODAY);
    expect(seeded.booked).toBeGreaterThan(1000);
    const { rows: over } = await sql<{ n: number }>`
      select count(*)::int as n from appointment_slot_counts c
      where c.taken > 2 or c.taken <> (select count(*) from appointments a
        where a.window_id = c.window_id and a.date = c.date and a.slot_start = c.slot_start and a.status <> 'cancelled')`.execute(t.database.db);
    expect(over[0]!.n).toBe(0);
    const { rows: twice } = await sql<{ n: number }>`
      select count(*)::int as n from (select id_number from appointments group by id_number, business_type having count(*) > 1) d`.execute(t.database.db);
    expect(twice[0]!.n).toBe(0);
  });

  it.skipIf(!!skip)("today at clerk01's window: the scenario people booked first, earlier slots checked in or missed", async () => {
    const rows = await t.database.db.selectFrom('appointments').select(['id_number', 'business_type', 'slot_start', 'status']).where('window_id', '=', 'HRB-DL-W1').where('date', '=', SEED_TODAY).execute();
    expect(rows).toContainEqual({ id_number: DEMO_SCENARIOS.rentEligible.idNumber, business_type: 'withdrawal.rent', slot_start: '09:00', status: 'booked' });
    expect(rows).toContainEqual({ id_number: DEMO_SCENARIOS.loanApplicant.idNumber, business_type: 'loan.purchase', slot_start: '09:30', status: 'booked' });
    const today = await t.database.db.selectFrom('appointments').select(['status', 'slot_start']).where('date', '=', SEED_TODAY).execute();
    const early = today.filter((r) => r.slot_start === '09:00' || r.slot_start === '09:30').map((r) => r.status);
    expect(early).toContain('checked_in');
    expect(early).toContain('no_show');
    expect(today.filter((r) => r.slot_start >= '10:00').every((r) => r.status === 'booked')).toBe(true);
  });
});
