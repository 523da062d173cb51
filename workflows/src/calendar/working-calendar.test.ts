import { isWorkday } from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { addDays, isoWeekday } from './calendar-date';
import { chinaCalendar } from './china-calendar';
import { notice2025, notice2026 } from './holidays-2025-2026';
import { addWorkingDays, createWorkingCalendar, isWorkingDay, withYearNotice, workingDaysBetween, type HolidayNotice } from './working-calendar';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return undefined;
}

const dayIn2025or2026 = fc.integer({ min: 0, max: 729 }).map((i) => addDays('2025-01-01', i));

describe('working calendar 2025–2026', () => {
  it('agrees with chinese-days on every day of 2025 and 2026', () => {
    const mismatches: string[] = [];
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (isWorkingDay(chinaCalendar, d) !== isWorkday(d)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });

  it('knows make-up days and weekdays inside holiday blocks (domain §8.1)', () => {
    expect(isWorkingDay(chinaCalendar, '2025-01-26')).toBe(true); // Sunday make-up
    expect(isWorkingDay(chinaCalendar, '2026-02-28')).toBe(true); // Saturday make-up
    expect(isWorkingDay(chinaCalendar, '2025-10-08')).toBe(false); // Wednesday in National Day block
    expect(isWorkingDay(chinaCalendar, '2026-06-19')).toBe(false); // Friday, Dragon Boat
    expect(isWorkingDay(chinaCalendar, '2026-11-23')).toBe(true); // ordinary Monday
    expect(isWorkingDay(chinaCalendar, '2026-11-22')).toBe(false); // ordinary Sunday
  });

  it('refuses to guess outside the published years', () => {
    expect(codeOf(() => isWorkingDay(chinaCalendar, '2027-01-04'))).toBe('calendar.not_published');
    expect(codeOf(() => isWorkingDay(chinaCalendar, '2024-12-31'))).toBe('calendar.not_published');
    expect(codeOf(() => addWorkingDays(chinaCalendar, '2026-12-30', 3))).toBe('calendar.not_published');
    expect(codeOf(() => isWorkingDay(chinaCalendar, '2026-02-30'))).toBe('calendar.bad_date');
  });

  it('adds working days across the 2026 Spring Festival and counts them back', () => {
    // Fri 2026-02-13 + 3: Sat 14 (make-up) is 1, the block 15–23 is off, Tue 24 is 2, Wed 25 is 3.
    expect(addWorkingDays(chinaCalendar, '2026-02-13', 3)).toBe('2026-02-25');
    expect(workingDaysBetween(chinaCalendar, '2026-02-13', '2026-02-25')).toBe(3);
    expect(workingDaysBetween(chinaCalendar, '2026-02-25', '2026-02-13')).toBe(-3);
    expect(addWorkingDays(chinaCalendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(chinaCalendar, '2026-11-22', 0)).toBe('2026-11-22');
  });

  it('property: addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(dayIn2025or2026.filter((d) => d <= '2026-10-31'), fc.integer({ min: 1, max: 30 }), (d, n) => {
        const due = addWorkingDays(chinaCalendar, d, n);
        expect(isWorkingDay(chinaCalendar, due)).toBe(true);
        expect(workingDaysBetween(chinaCalendar, d, due)).toBe(n);
        // Not later than needed: the day before the deadline holds only n − 1 working days.
        expect(workingDaysBetween(chinaCalendar, d, addDays(due, -1))).toBe(n - 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('loading a notice', () => {
  const notice2027: HolidayNotice = {
    year: 2027,
    source: 'test',
    holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
    makeUpDays: ['2026-12-26'],
  };

  it('extends the calendar with the next year without touching the old one', () => {
    const next = withYearNotice(chinaCalendar, notice2027);
    expect(isWorkingDay(next, '2027-01-01')).toBe(false);
    expect(isWorkingDay(next, '2027-01-04')).toBe(true);
    expect(isWorkingDay(next, '2026-12-26')).toBe(true);
    expect(codeOf(() => isWorkingDay(chinaCalendar, '2027-01-04'))).toBe('calendar.not_published');
    expect(isWorkingDay(chinaCalendar, '2026-12-26')).toBe(false);
  });

  it('validates notices', () => {
    expect(codeOf(() => withYearNotice(chinaCalendar, notice2026))).toBe('calendar.year_already_published');
    expect(withYearNotice(chinaCalendar, notice2026, { replace: true }).notices).toHaveLength(2);
    const bad = (patch: Partial<HolidayNotice>) => codeOf(() => withYearNotice(chinaCalendar, { ...notice2027, ...patch }));
    expect(bad({ makeUpDays: ['2027-01-05'] })).toBe('calendar.invalid_notice'); // a Tuesday
    expect(bad({ makeUpDays: ['2027-01-02'] })).toBe('calendar.invalid_notice'); // also a day off
    expect(bad({ holidays: [{ name: 'x', from: '2027-02-10', to: '2027-02-01' }] })).toBe('calendar.invalid_notice');
    expect(bad({ holidays: [{ name: 'x', from: '2028-01-01', to: '2028-01-01' }] })).toBe('calendar.invalid_notice');
    expect(bad({ holidays: [{ name: 'x', from: '2027-02-30', to: '2027-03-01' }] })).toBe('calendar.invalid_notice');
  });

  it('builds the same calendar from the notices in any order', () => {
    const a = createWorkingCalendar([notice2026, notice2025]);
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 7)) {
      expect(isWorkingDay(a, d)).toBe(isWorkingDay(chinaCalendar, d));
    }
    expect(isoWeekday('2026-02-14')).toBe(6);
  });
});

describe('workingDaysBetween by ordinals', () => {
  it('agrees with walking day by day over every pair of a sample across both years', () => {
    const walk = (a: string, b: string) => {
      let n = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(chinaCalendar, d)) n++;
      return n;
    };
    const days: string[] = [];
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 17)) days.push(d);
    for (const a of days) for (const b of days) if (a <= b) expect(workingDaysBetween(chinaCalendar, a, b), `${a}..${b}`).toBe(walk(a, b));
  });

  it('refuses to count across an unpublished year', () => {
    const cal = createWorkingCalendar([notice2025, { year: 2027, source: 'test', holidays: [], makeUpDays: [] }]);
    expect(codeOf(() => workingDaysBetween(cal, '2025-06-01', '2027-06-01'))).toBe('calendar.not_published');
  });
});
