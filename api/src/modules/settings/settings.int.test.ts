// Policies and calendar on both databases, with the clock on Friday 2026-11-20 (Asia/Shanghai): a
// rent-cap change dated tomorrow leaves today alone, a back-dated one is refused, a reload from the
// database gives the same policy, and loading a 2027 notice makes 2027 dates countable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf } from '../../testing/app-code';
import { isWorkingDay, policyAt } from '@onetrip/workflows';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { ensureBuiltInNotices, loadReferenceData } from '../../reference/reference-data';
import { seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { searchAudit } from '../supervision/audit.service';
import { calendarOverview, loadHolidayNotice } from './calendar.service';
import { changePolicy, policyOverview } from './policy.service';
import { staffActorOf } from '../auth/session.repository';

/** A made-up notice for the test (the real 2027 notice is the administrator's to load). */
const NOTICE_2027 = {
  year: 2027,
  source: 'test fixture',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  makeUpDays: ['2027-02-20'],
};

describe.each(await testTargets())('settings on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  let admin: StaffActor;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedApplicantFixtures(trx));
    await ensureBuiltInNotices(t.database.db, new Date('2026-01-01T00:00:00Z'));
    services = testServices(t.database);
    const r = await t.database.db.selectFrom('staff').selectAll().where('role', '=', 'admin').orderBy('id').executeTakeFirstOrThrow();
    admin = staffActorOf(r, 'test');
    services.clock.set('2026-11-20T02:00:00Z');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('applies a rent cap from tomorrow, never today, and refuses a back-dated one', async () => {
    const current = policyAt(services.reference.policy, 'rentWithdrawal', '2026-11-20');
    await changePolicy(services, admin, { key: 'rentWithdrawal', from: '2026-11-21', value: { ...current, window: { ...current.window }, capFen: 2_000_000 } });
    expect(policyAt(services.reference.policy, 'rentWithdrawal', '2026-11-20').capFen).toBe(1_800_000);
    expect(policyAt(services.reference.policy, 'rentWithdrawal', '2026-11-21').capFen).toBe(2_000_000);
    expect(await appCodeOf(changePolicy(services, admin, { key: 'rentWithdrawal', from: '2026-11-19', value: { ...current, capFen: 1 } }))).toBe('policy.retroactive_change');
    // What a restart reads from the database is what the live object holds.
    expect((await loadReferenceData(t.database.db)).policy).toEqual(services.reference.policy);
    const overview = await policyOverview(services);
    const rent = overview.parameters.find((p) => p.key === 'rentWithdrawal')!;
    expect(rent.entries.map((e) => [e.from, e.state, e.changedBy])).toEqual([
      ['2025-01-01', 'in_force', null],
      ['2026-11-21', 'scheduled', admin.displayName],
    ]);
    // The next day the change is in force and cannot be replaced any more.
    services.clock.set('2026-11-21T02:00:00Z');
    expect(await appCodeOf(changePolicy(services, admin, { key: 'rentWithdrawal', from: '2026-11-21', value: { ...current, capFen: 1 } }))).toBe('policy.retroactive_change');
    expect((await policyOverview(services)).parameters.find((p) => p.key === 'rentWithdrawal')!.entries.map((e) => e.state)).toEqual(['past', 'in_force']);
    const audit = await searchAudit(services, { staffId: admin.id, limit: 10 });
    expect(audit.items[0]).toMatchObject({ action: 'policy.changed', subjectId: 'rentWithdrawal' });
  });

  it.skipIf(!!skip)('loads a 2027 notice once; 2027 dates count from then on', async () => {
    expect(() => isWorkingDay(services.reference.calendar, '2027-02-20')).toThrow(/calendar.not_published|not_published/);
    expect((await calendarOverview(services)).nextYearPublished).toBe(false);
    expect(await appCodeOf(loadHolidayNotice(services, admin, '{not json'))).toBe('calendar.invalid_notice');
    expect(await appCodeOf(loadHolidayNotice(services, admin, JSON.stringify({ ...NOTICE_2027, makeUpDays: ['2027-02-22'] })))).toBe('calendar.invalid_notice');
    await loadHolidayNotice(services, admin, JSON.stringify(NOTICE_2027));
    expect(isWorkingDay(services.reference.calendar, '2027-02-20')).toBe(true); // make-up Saturday
    expect(isWorkingDay(services.reference.calendar, '2027-02-08')).toBe(false); // Spring Festival Monday
    expect(await appCodeOf(loadHolidayNotice(services, admin, JSON.stringify(NOTICE_2027)))).toBe('calendar.year_already_published');
    const cal = await calendarOverview(services);
    expect(cal.nextYearPublished).toBe(true);
    expect(cal.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(cal.years.at(-1)).toMatchObject({ makeUpDays: ['2027-02-20'], loadedBy: admin.displayName });
  });
});
