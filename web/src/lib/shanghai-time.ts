// The center works on Beijing time whatever the workstation's clock zone says.
const ZONE = 'Asia/Shanghai';

/** e.g. 2026年11月22日星期日 / Sunday, November 22, 2026 */
export function formatShanghaiDate(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, dateStyle: 'full' }).format(instant);
}

/** e.g. 2026/11/22 14:35 — for moments such as the end of a lockout. */
export function formatShanghaiDateTime(iso: string, language: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
