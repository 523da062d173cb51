// A calendar date (YYYY-MM-DD: a promised completion date, a due date) is a day, not an instant:
// it is formatted as that day in every time zone, never shifted by the workstation's clock.

/** e.g. 2026年11月25日星期三 / Wednesday, November 25, 2026; anything else is shown as it came. */
export function formatCalendarDate(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', dateStyle: 'full' }).format(day);
}
