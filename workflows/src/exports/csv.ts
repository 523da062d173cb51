// RFC 4180 CSV with a BOM, so Excel opens the Chinese text as UTF-8; shared by the API's exports
// and the SPA's "export what I see". A cell starting with = + - @ is prefixed with an apostrophe:
// a name typed at the counter must never run as a formula.
export type CsvCell = string | number | boolean | null | undefined;

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
