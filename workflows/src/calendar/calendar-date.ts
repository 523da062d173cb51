// A calendar date is an ISO string 'YYYY-MM-DD' in Asia/Shanghai terms. Arithmetic is done on
// UTC midnights so no local time zone can shift a day.
export type CalendarDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toUtcMs(d: CalendarDate): number {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not a calendar date: ${d}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromUtcMs(toUtcMs(d) + n * 86_400_000);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  const w = new Date(toUtcMs(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The calendar date in Asia/Shanghai (UTC+8, no DST) of an instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  return fromUtcMs(instant.getTime() + 8 * 3_600_000);
}

/** Minutes since midnight in Asia/Shanghai (UTC+8, no DST) of an instant. */
export function shanghaiMinuteOfDay(instant: Date): number {
  const ms = instant.getTime() + 8 * 3_600_000;
  return Math.floor((((ms % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}
