import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, fromUtcMs } from '../calendar/calendar-date';
import { addCalendarMonths } from '../calendar/calendar-months';
import type { WithdrawalRecord } from './applicant-facts';
import type { WindowRule } from './rule-params';
import { checkWindow } from './withdrawal-windows';

const rec = (on: string, amountFen = 100): WithdrawalRecord => ({ businessType: 'withdrawal.rent', on, amountFen });
const TWELVE: WindowRule = { kind: 'ANNIVERSARY_MONTHS', n: 12 };

describe('checkWindow', () => {
  it.each([
    ['2024-02-29', '2025-02-28'],
    ['2025-01-31', '2026-01-31'],
    ['2025-03-15', '2026-03-15'],
  ])('12 calendar months after %s: allowed from %s, not the day before', (last, next) => {
    expect(checkWindow(TWELVE, [rec(last)], addDays(next, -1), 100)).toMatchObject({ allowed: false, availableOn: next, last });
    expect(checkWindow(TWELVE, [rec(last)], next, 100).allowed).toBe(true);
  });

  it('differs from "+365 days" across a leap day', () => {
    // 2023-03-01 + 365 days = 2024-02-29, but 12 months end on 2024-03-01.
    expect(checkWindow(TWELVE, [rec('2023-03-01')], '2024-02-29', 1).allowed).toBe(false);
  });

  it('resets calendar-year, fund-year, quarter and month windows at the period boundary', () => {
    expect(checkWindow({ kind: 'CALENDAR_YEAR' }, [rec('2026-01-05')], '2026-11-23', 1)).toMatchObject({ allowed: false, availableOn: '2027-01-01' });
    expect(checkWindow({ kind: 'CALENDAR_YEAR' }, [rec('2025-12-31')], '2026-01-01', 1).allowed).toBe(true);
    expect(checkWindow({ kind: 'FUND_YEAR' }, [rec('2026-07-01')], '2027-06-30', 1)).toMatchObject({ allowed: false, availableOn: '2027-07-01' });
    expect(checkWindow({ kind: 'CALENDAR_QUARTER' }, [rec('2026-10-02')], '2026-11-23', 1)).toMatchObject({ allowed: false, availableOn: '2027-01-01' });
    expect(checkWindow({ kind: 'CALENDAR_QUARTER' }, [rec('2026-04-30')], '2026-05-02', 1)).toMatchObject({ allowed: false, availableOn: '2026-07-01' });
    expect(checkWindow({ kind: 'CALENDAR_MONTH' }, [rec('2026-11-01')], '2026-11-23', 1)).toMatchObject({ allowed: false, availableOn: '2026-12-01' });
    expect(checkWindow({ kind: 'CALENDAR_YEAR', maxCount: 2 }, [rec('2026-01-05')], '2026-11-23', 1).allowed).toBe(true);
  });

  it('counts a 30-day cycle in days', () => {
    expect(checkWindow({ kind: 'ROLLING_DAYS', n: 30 }, [rec('2026-11-01')], '2026-11-30', 1)).toMatchObject({ allowed: false, availableOn: '2026-12-01' });
  });

  it('holds a rolling 12-month sum within its cap and says when enough drops out', () => {
    const w: WindowRule = { kind: 'ROLLING_MONTHS', n: 12, capFen: 24_000 };
    const history = [rec('2026-02-10', 10_000), rec('2026-06-10', 10_000)];
    expect(checkWindow(w, history, '2026-11-23', 4_000)).toMatchObject({ allowed: true, usedFen: 20_000 });
    expect(checkWindow(w, history, '2026-11-23', 5_000)).toMatchObject({ allowed: false, availableOn: '2027-02-10' });
    // A request above the cap on its own never fits: no date to promise.
    expect(checkWindow(w, [], '2026-11-23', 30_000).availableOn).toBeUndefined();
  });
});

const dateArb = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) }).map((ms) => fromUtcMs(ms - (ms % 86_400_000)));

describe('window properties', () => {
  it('the month interval never allows a withdrawal before the corresponding date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 24 }), (last, gap, n) => {
        const today = addDays(last, gap);
        const corresponding = addCalendarMonths(last, n);
        const check = checkWindow({ kind: 'ANNIVERSARY_MONTHS', n }, [rec(last)], today, 1);
        expect(check.allowed).toBe(compareDates(today, corresponding) >= 0);
        if (!check.allowed) expect(check.availableOn).toBe(corresponding);
      }),
      { numRuns: 1000 },
    );
  });

  it('for every kind, the promised date is allowed and the day before it is not', () => {
    const windowArb = fc.oneof(
      fc.record({ kind: fc.constantFrom('ANNIVERSARY_MONTHS' as const, 'ROLLING_MONTHS' as const), n: fc.integer({ min: 1, max: 24 }) }),
      fc.record({ kind: fc.constant('ROLLING_DAYS' as const), n: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constantFrom('CALENDAR_YEAR' as const, 'FUND_YEAR' as const, 'CALENDAR_QUARTER' as const, 'CALENDAR_MONTH' as const), maxCount: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('ROLLING_MONTHS' as const), n: fc.integer({ min: 1, max: 24 }), capFen: fc.integer({ min: 1, max: 50_000 }) }),
    );
    fc.assert(
      fc.property(windowArb, fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 20_000 })), { maxLength: 5 }), dateArb, fc.integer({ min: 1, max: 20_000 }), (window, past, today, amount) => {
        const history = past.map(([back, a]) => rec(addDays(today, -back), a));
        const check = checkWindow(window, history, today, amount);
        if (check.allowed || check.availableOn === undefined) return;
        expect(compareDates(check.availableOn, today)).toBeGreaterThan(0);
        expect(checkWindow(window, history, check.availableOn, amount).allowed).toBe(true);
        const dayBefore = addDays(check.availableOn, -1);
        if (compareDates(dayBefore, today) > 0) expect(checkWindow(window, history, dayBefore, amount).allowed).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
