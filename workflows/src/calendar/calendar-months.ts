// Month arithmetic for "满12个月" / "12个月内" rules (domain.md §3.4, §8.3; Civil Code Art. 202):
// a period of months ends on the corresponding day of the due month, or on that month's last
// day when it has no such day. Never `+ 365 days`, which is a day off across a 29 February.
import { addDays, compareDates, daysInMonth, isRealDate, type CalendarDate } from './calendar-date';

function parts(date: CalendarDate): [number, number, number] {
  if (!isRealDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The corresponding day `months` months later (or earlier, for negative `months`), clamped to
 * the last day of the target month: 2024-02-29 + 12 → 2025-02-28; 2025-01-31 + 1 → 2025-02-28.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number: ${months}`);
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * The first date a repeat is allowed after one on `last`, for a "once every N months" rule:
 * the corresponding date (Civil Code Arts. 201–202 — allowed on that day, not the day after).
 */
export function nextAllowedAfter(last: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be ≥ 1: ${months}`);
  return addCalendarMonths(last, months);
}

/** Whole months from `from` to `to`: the largest m ≥ 0 with addCalendarMonths(from, m) ≤ to. */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) < 0) return 0;
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let m = (ty - fy) * 12 + (tm - fm);
  while (m > 0 && compareDates(addCalendarMonths(from, m), to) > 0) m--;
  return m;
}

/**
 * The first day of a rolling window of `months` months ending on `today` ("12个月内"): amounts
 * dated on or after this day count toward the window's cap. It is the day after the date
 * `months` months back, so the window holds exactly one corresponding-date period.
 */
export function rollingWindowStart(today: CalendarDate, months: number): CalendarDate {
  return addDays(addCalendarMonths(today, -months), 1);
}
