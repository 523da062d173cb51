import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth } from './calendar-date';
import { addCalendarMonths, nextAllowedAfter, rollingWindowStart, wholeMonthsBetween } from './calendar-months';

const anyDate = fc.integer({ min: 0, max: 365 * 60 }).map((i) => addDays('1990-01-01', i));

describe('calendar months (Civil Code Art. 202, domain §3.4)', () => {
  it('uses the corresponding date and clamps to month end', () => {
    expect(nextAllowedAfter('2024-02-29', 12)).toBe('2025-02-28');
    expect(nextAllowedAfter('2025-01-31', 12)).toBe('2026-01-31');
    expect(nextAllowedAfter('2023-02-28', 12)).toBe('2024-02-28');
    expect(nextAllowedAfter('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addCalendarMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('counts whole months and rolling windows', () => {
    expect(wholeMonthsBetween('2024-02-29', '2025-02-27')).toBe(11);
    expect(wholeMonthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(wholeMonthsBetween('2025-05-20', '2025-05-19')).toBe(0);
    expect(rollingWindowStart('2026-11-22', 12)).toBe('2025-11-23');
    expect(rollingWindowStart('2025-02-28', 12)).toBe('2024-02-29');
  });

  it('property: next allowed date is the corresponding date, clamped only at month end', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 120 }), (last, months) => {
        const next = nextAllowedAfter(last, months);
        const [y, m, d] = [Number(last.slice(0, 4)), Number(last.slice(5, 7)), Number(last.slice(8, 10))];
        const index = y * 12 + m - 1 + months;
        const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
        expect(next.slice(0, 7)).toBe(`${ty}-${String(tm).padStart(2, '0')}`);
        const nd = Number(next.slice(8, 10));
        if (d <= daysInMonth(ty, tm)) expect(nd).toBe(d);
        else expect(nd).toBe(daysInMonth(ty, tm));
        expect(next > last).toBe(true);
        expect(wholeMonthsBetween(last, next)).toBe(months);
        expect(wholeMonthsBetween(last, addDays(next, -1))).toBe(months - 1);
      }),
      { numRuns: 1000 },
    );
  });
});
