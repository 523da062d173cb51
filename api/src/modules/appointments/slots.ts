// Pure slot arithmetic: which slots a window opens, when a slot starts and ends as an instant,
// and which days of a range can have slots at all (working days of a published calendar).
import { addDays, isWorkingDay, shanghaiMinuteOfDay, DomainError, type CalendarDate, type WorkingCalendar } from '@onetrip/workflows';

export interface SlotTemplate {
  /** null: the center-wide default */
  readonly windowId: string | null;
  /** HH:MM, Asia/Shanghai */
  readonly slotStart: string;
  readonly minutes: number;
  readonly capacity: number;
}

export interface Slot {
  readonly slotStart: string;
  readonly slotEnd: string;
  readonly capacity: number;
}

export function minuteOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The slots of one window, in time order: its own templates if it has any, else the center-wide
 * default — so an administrator changes one window without copying the whole default.
 */
export function slotsForWindow(templates: readonly SlotTemplate[], windowId: string): Slot[] {
  const own = templates.filter((t) => t.windowId === windowId);
  const chosen = own.length > 0 ? own : templates.filter((t) => t.windowId === null);
  return chosen
    .map((t) => ({ slotStart: t.slotStart, slotEnd: hhmm(minuteOfDay(t.slotStart) + t.minutes), capacity: t.capacity }))
    .sort((a, b) => minuteOfDay(a.slotStart) - minuteOfDay(b.slotStart));
}

/** The instant a wall-clock time on a date in Asia/Shanghai (UTC+8, no DST) falls on. */
export function shanghaiInstant(date: CalendarDate, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** A slot can still be booked until it starts. */
export function slotHasStarted(date: CalendarDate, slotStart: string, today: CalendarDate, now: Date): boolean {
  if (date !== today) return date < today;
  return shanghaiMinuteOfDay(now) >= minuteOfDay(slotStart);
}

export interface WorkingDays {
  readonly days: CalendarDate[];
  /** Set when the range ran past the published calendar: the first date no notice covers. */
  readonly notPublishedFrom: CalendarDate | null;
}

/**
 * Up to `count` working days on or after `from`. Stops at the end of the published calendar
 * rather than guessing from weekdays; if not even `from` is covered, that is the caller's
 * `calendar.not_published`.
 */
export function workingDaysFrom(cal: WorkingCalendar, from: CalendarDate, count: number): WorkingDays {
  const days: CalendarDate[] = [];
  // A year has at most ~11 days off in a row (Spring Festival with its weekends), so a few weeks
  // of look-ahead per wanted day is ample and the loop always ends.
  for (let d = from, looked = 0; days.length < count && looked < count * 7 + 31; d = addDays(d, 1), looked++) {
    try {
      if (isWorkingDay(cal, d)) days.push(d);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'calendar.not_published') {
        if (days.length === 0) throw e;
        return { days, notPublishedFrom: d };
      }
      throw e;
    }
  }
  return { days, notPublishedFrom: null };
}

/** The next run of the no-show release: the next multiple of `everyMs` after `now`. */
export function nextBoundary(now: Date, everyMs: number): Date {
  return new Date((Math.floor(now.getTime() / everyMs) + 1) * everyMs);
}
