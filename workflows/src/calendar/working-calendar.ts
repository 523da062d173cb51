// The working-day calendar. It is built only from published notices: a date in a year with no
// notice is `calendar.not_published`, never a guess from weekdays (domain.md §8.1–8.2).
import { DomainError } from '../domain-error';
import { addDays, compareDates, isoWeekday, isRealDate, type CalendarDate } from './calendar-date';

export interface HolidayBlock {
  readonly name: string;
  readonly from: CalendarDate;
  /** Inclusive. */
  readonly to: CalendarDate;
}

/** One year's State Council notice, as an admin loads it. */
export interface HolidayNotice {
  readonly year: number;
  readonly source: string;
  readonly holidays: readonly HolidayBlock[];
  /** Saturdays or Sundays that are working days. */
  readonly makeUpDays: readonly CalendarDate[];
}

export interface WorkingCalendar {
  readonly publishedYears: ReadonlySet<number>;
  readonly offDays: ReadonlySet<CalendarDate>;
  readonly makeUpDays: ReadonlySet<CalendarDate>;
  readonly notices: readonly HolidayNotice[];
  /**
   * Working days from the start of the first published year up to and including each published
   * date: counting the working days between two dates is then one subtraction, not a walk over
   * every day (a queue page computes it for every row).
   */
  readonly ordinals: ReadonlyMap<CalendarDate, number>;
}

export const emptyCalendar: WorkingCalendar = {
  publishedYears: new Set(),
  offDays: new Set(),
  makeUpDays: new Set(),
  notices: [],
  ordinals: new Map(),
};

/** A calendar holding the given notices (validated). */
export function createWorkingCalendar(notices: readonly HolidayNotice[]): WorkingCalendar {
  return notices.reduce((cal, n) => withYearNotice(cal, n), emptyCalendar);
}

/**
 * A new calendar with one more year's notice. Refuses a year already loaded
 * (`calendar.year_already_published`) unless `replace` is set, so a correction is deliberate.
 * Validation (`calendar.invalid_notice`): real dates; each date in the notice year, or in the
 * December before it (a New Year make-up day can fall there); blocks not inverted; a make-up
 * day is a Saturday or Sunday and is not also a day off.
 */
export function withYearNotice(cal: WorkingCalendar, notice: HolidayNotice, options: { replace?: boolean } = {}): WorkingCalendar {
  validateNotice(notice);
  const exists = cal.publishedYears.has(notice.year);
  if (exists && !options.replace) throw new DomainError('calendar.year_already_published', { year: notice.year });
  const notices = [...cal.notices.filter((n) => n.year !== notice.year), notice].sort((a, b) => a.year - b.year);
  const offDays = new Set<CalendarDate>();
  const makeUpDays = new Set<CalendarDate>();
  for (const n of notices) {
    for (const block of n.holidays) for (let d = block.from; d <= block.to; d = addDays(d, 1)) offDays.add(d);
    for (const d of n.makeUpDays) makeUpDays.add(d);
  }
  for (const d of makeUpDays) {
    if (offDays.has(d)) throw new DomainError('calendar.invalid_notice', { year: notice.year, date: d, reason: 'make-up day is also a day off' });
  }
  const publishedYears = new Set(notices.map((n) => n.year));
  return { publishedYears, offDays, makeUpDays, notices, ordinals: ordinalsOf(publishedYears, offDays, makeUpDays) };
}

function ordinalsOf(years: ReadonlySet<number>, offDays: ReadonlySet<CalendarDate>, makeUpDays: ReadonlySet<CalendarDate>): Map<CalendarDate, number> {
  const ordinals = new Map<CalendarDate, number>();
  let count = 0;
  for (const year of [...years].sort((a, b) => a - b)) {
    for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
      if (makeUpDays.has(d) || (!offDays.has(d) && isoWeekday(d) < 6)) count++;
      ordinals.set(d, count);
    }
  }
  return ordinals;
}

function validateNotice(notice: HolidayNotice): void {
  const bad = (reason: string, date?: string): never => {
    throw new DomainError('calendar.invalid_notice', { year: notice.year, date, reason });
  };
  if (!Number.isInteger(notice.year) || notice.year < 1990 || notice.year > 9998) bad('year out of range');
  const earliest = `${notice.year - 1}-12-01`;
  const latest = `${notice.year}-12-31`;
  const inRange = (d: string): void => {
    if (!isRealDate(d)) bad('not a real date', d);
    if (d < earliest || d > latest) bad('date outside the notice year', d);
  };
  for (const block of notice.holidays) {
    inRange(block.from);
    inRange(block.to);
    if (compareDates(block.from, block.to) > 0) bad('block ends before it starts', block.from);
  }
  for (const d of notice.makeUpDays) {
    inRange(d);
    if (isoWeekday(d) < 6) bad('make-up day is not a Saturday or Sunday', d);
  }
}

function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

function assertPublished(cal: WorkingCalendar, date: CalendarDate): void {
  if (!isRealDate(date)) throw new DomainError('calendar.bad_date', { date });
  if (!cal.publishedYears.has(yearOf(date))) throw new DomainError('calendar.not_published', { date, year: yearOf(date) });
}

/** Monday–Friday not in a holiday block, or a listed make-up day (domain.md §8.1). */
export function isWorkingDay(cal: WorkingCalendar, date: CalendarDate): boolean {
  assertPublished(cal, date);
  if (cal.makeUpDays.has(date)) return true;
  if (cal.offDays.has(date)) return false;
  return isoWeekday(date) < 6;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: CalendarDate): CalendarDate {
  let d = addDays(date, 1);
  while (!isWorkingDay(cal, d)) d = addDays(d, 1);
  return d;
}

/** `date` itself if it is a working day, else the next one. */
export function workingDayOnOrAfter(cal: WorkingCalendar, date: CalendarDate): CalendarDate {
  return isWorkingDay(cal, date) ? date : nextWorkingDay(cal, date);
}

/**
 * The n-th working day after `date`; `date` itself is not counted (Civil Code Art. 201), so the
 * result is always a working day for n ≥ 1. n = 0 returns `date` unchanged.
 */
export function addWorkingDays(cal: WorkingCalendar, date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  assertPublished(cal, date);
  let d = date;
  for (let left = n; left > 0; left--) d = nextWorkingDay(cal, d);
  return d;
}

/**
 * Working days in (a, b]: `a` excluded, `b` included — the inverse of `addWorkingDays`, so
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when b is before a.
 */
export function workingDaysBetween(cal: WorkingCalendar, a: CalendarDate, b: CalendarDate): number {
  assertPublished(cal, a);
  assertPublished(cal, b);
  if (compareDates(b, a) < 0) return -workingDaysBetween(cal, b, a);
  // Every year in between must be published too: a gap is not guessed across.
  for (let y = yearOf(a) + 1; y < yearOf(b); y++) {
    if (!cal.publishedYears.has(y)) throw new DomainError('calendar.not_published', { date: `${y}-01-01`, year: y });
  }
  return cal.ordinals.get(b)! - cal.ordinals.get(a)!;
}
