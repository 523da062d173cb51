// Throughput on both databases over Mon 2026-11-16 … Fri 11-20 (Beijing): three applications (two
// rent withdrawals and a loan, one at a bank window) accepted, decided and paid on known days, one
// booked appointment; counts per day and per week, by office and bank window, the share decided by
// the due date, working days acceptance → decision, and the loan target line from the dated policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf } from '../../testing/app-code';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import { reloadReferenceData } from '../../reference/reference-data';
import { seedApprovedWithdrawals } from '../transfers/testing/transfer-fixtures';
import { drain, startBank, transferRunner, type BankHarness } from '../transfers/testing/transfer-harness';
import { throughput } from './throughput.service';

// accepted (UTC instant), decided, due: 2 working days and on time; 3 and late; 0 and on time;
// then the business type and the bank window it was accepted at (null: the office's own counter).
const CASES = [
  ['2026-11-16T02:00:00Z', '2026-11-18T02:00:00Z', '2026-11-19', 'withdrawal.rent', 'HRB-DL-W1'],
  ['2026-11-16T03:00:00Z', '2026-11-19T02:00:00Z', '2026-11-18', 'loan.purchase', null],
  ['2026-11-17T02:00:00Z', '2026-11-17T08:00:00Z', '2026-11-20', 'withdrawal.rent', null],
] as const;

describe.each(await testTargets())('throughput on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  let bank: BankHarness;

  beforeAll(async () => {
    if (skip) return;
    // No faults here: a generous timeout keeps a loaded machine from turning a slow answer into "unknown".
    [t, bank] = await Promise.all([createTestDatabase(kind), startBank(5_000)]);
    services = testServices(t.database);
    services.clock.set('2026-11-18T04:00:00Z');
    const ws = await seedApprovedWithdrawals(services, 3, { prefix: 'P' });
    await drain(transferRunner(services, bank.gateway)); // paid Wed 11-18
    for (const [i, w] of ws.entries()) {
      const [accepted, decided, due, businessType, windowId] = CASES[i]!;
      await t.database.db
        .updateTable('applications')
        .set({ accepted_at: new Date(accepted), decided_at: new Date(decided), due_on: due, business_type: businessType, window_id: windowId })
        .where('id', '=', w.applicationId)
        .execute();
    }
    await t.database.db
      .insertInto('appointments')
      .values({
        id: 'P-APPT-1', booking_no: 'P-B1', id_number: 'P-ID-00000', name: '申请人0', mobile: '13800000000', business_type: 'withdrawal.rent', office_id: 'HRB-DL', window_id: 'HRB-DL-W1',
        date: '2026-11-20', slot_start: '09:00', slot_end: '09:30', ends_at: new Date('2026-11-20T01:30:00Z'), status: 'booked', materials: '[]', answers: '{}', created_at: new Date('2026-11-15T17:00:00Z'), // Mon 01:00 Beijing
      })
      .execute();
  });
  afterAll(async () => {
    await bank?.dispose();
    await t?.dispose();
  });

  it.skipIf(!!skip)('counts per Beijing day, accepted loans against the loan target on working days only', async () => {
    const r = await throughput(services, { from: '2026-11-16', to: '2026-11-22', by: 'day' });
    const row = (d: string) => r.periods.find((p) => p.period === d)!;
    expect(row('2026-11-16')).toMatchObject({ booked: 1, accepted: 2, acceptedLoans: 1, decided: 0, transferred: 0, target: 350 });
    expect(row('2026-11-17')).toMatchObject({ accepted: 1, acceptedLoans: 0, decided: 1 });
    expect(row('2026-11-18')).toMatchObject({ decided: 1, transferred: 3 });
    expect(row('2026-11-22')).toMatchObject({ workingDays: 0, target: 0 }); // Sunday
    expect(r.totals).toEqual({ booked: 1, accepted: 3, acceptedLoans: 1, decided: 3, transferred: 3 });
    expect(r.dailyLoanTarget).toBe(350);
    expect(r.target).toBe(5 * 350);
    expect(r.byOffice).toEqual([{ officeId: 'HRB-DL', booked: 1, accepted: 3, acceptedLoans: 1, decided: 3, transferred: 3 }]);
    expect(r.byWindow).toEqual([
      { officeId: 'HRB-DL', windowId: null, booked: 0, accepted: 2, acceptedLoans: 1, decided: 2, transferred: 2 },
      { officeId: 'HRB-DL', windowId: 'HRB-DL-W1', booked: 1, accepted: 1, acceptedLoans: 0, decided: 1, transferred: 1 },
    ]);
    expect(r.decidedWithinSla).toEqual({ decided: 3, withinSla: 2, share: 2 / 3 });
    expect(r.acceptanceToDecision).toEqual({ count: 3, average: 1.67, p90: 3, uncounted: 0 });
    expect(r.acceptanceToTransfer).toMatchObject({ count: 3, p90: 2 });
  });

  it.skipIf(!!skip)('groups by ISO week, filters by office without a target, refuses an inverted range', async () => {
    const week = await throughput(services, { from: '2026-11-16', to: '2026-11-29', by: 'week' });
    expect(week.periods.map((p) => [p.period, p.accepted, p.acceptedLoans, p.workingDays, p.target])).toEqual([
      ['2026-11-16', 3, 1, 5, 1750],
      ['2026-11-23', 0, 0, 5, 1750],
    ]);
    // The target is the center's; no share of it is set for one office.
    const other = await throughput(services, { from: '2026-11-16', to: '2026-11-22', by: 'day', officeId: 'HRB-NG' });
    expect(other.totals).toEqual({ booked: 0, accepted: 0, acceptedLoans: 0, decided: 0, transferred: 0 });
    expect(other).toMatchObject({ dailyLoanTarget: null, target: null });
    expect(other.periods.every((p) => p.target === null)).toBe(true);
    expect(await appCodeOf(throughput(services, { from: '2026-11-20', to: '2026-11-16', by: 'day' }))).toBe('date.range_inverted');
    expect(await appCodeOf(throughput(services, { from: '2025-01-01', to: '2026-11-16', by: 'day' }))).toBe('throughput.range_too_long');
  });

  it.skipIf(!!skip)('a target changed from a date counts from that date on, the days before keep the old one', async () => {
    const admin = await t.database.db.selectFrom('staff').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('policy_changes')
      .values({ key: 'dailyAcceptedTarget', effective_from: '2026-11-19', value: JSON.stringify({ loan: 400 }), changed_at: new Date('2026-11-18T04:00:00Z'), changed_by: admin.id })
      .execute();
    await reloadReferenceData(t.database.db, services.reference);
    const week = await throughput(services, { from: '2026-11-16', to: '2026-11-22', by: 'week' });
    expect(week.periods[0]!.target).toBe(3 * 350 + 2 * 400);
    expect(week.dailyLoanTarget).toBe(400);
  });
});
