// The calendar dates a board query compares with: today and the next working day in Asia/Shanghai,
// and where each aging band starts. Computed once per request from the published calendar, so the
// SQL itself only compares dates and stays set-based however many applications are open.
import { addDays, nextWorkingDay, shanghaiDate, workingDaysBetween, type CalendarDate, type WorkingCalendar } from '@onetrip/workflows';

/** Aging bands in working days since acceptance; the last is open-ended. */
export const AGE_BANDS = ['0-1', '2-3', '4-5', '6+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
const BAND_MAX_AGE = [1, 3, 5] as const;

export interface SlaWindow {
  readonly today: CalendarDate;
  /** Close of this day is "tomorrow's close" of the breach forecast. */
  readonly nextWorkingDay: CalendarDate;
  /** bandStarts[i]: an acceptance on or after this date is at most BAND_MAX_AGE[i] working days old. */
  readonly bandStarts: readonly [CalendarDate, CalendarDate, CalendarDate];
}

export function slaWindow(cal: WorkingCalendar, now: Date): SlaWindow {
  const today = shanghaiDate(now);
  const startFor = (maxAge: number): CalendarDate => {
    let d = today;
    while (workingDaysBetween(cal, addDays(d, -1), today) <= maxAge) d = addDays(d, -1);
    return d;
  };
  return {
    today,
    nextWorkingDay: nextWorkingDay(cal, today),
    bandStarts: [startFor(BAND_MAX_AGE[0]), startFor(BAND_MAX_AGE[1]), startFor(BAND_MAX_AGE[2])],
  };
}

/** Working days from the acceptance day to today, or null where the calendar has no notice. */
export function ageInWorkingDays(cal: WorkingCalendar, acceptedAt: Date, today: CalendarDate): number | null {
  const day = shanghaiDate(acceptedAt);
  if (!cal.publishedYears.has(Number(day.slice(0, 4)))) return null;
  return Math.max(0, workingDaysBetween(cal, day, today));
}
