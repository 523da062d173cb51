// Calendar dates as ISO strings: 2026年3月5日, 2026.03.05, 2026-3-5, 2026/03/05 → 2026-03-05.
const pad = (n: string): string => n.padStart(2, '0');

export function isoDate(y: string, m: string, d: string): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

export const DATE_PATTERN = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/;

export function normaliseDate(text: string): string | null {
  const m = DATE_PATTERN.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

export function allDates(text: string): string[] {
  const re = new RegExp(DATE_PATTERN.source, 'g');
  return [...text.matchAll(re)].map((m) => isoDate(m[1]!, m[2]!, m[3]!)).filter((d): d is string => d !== null);
}
