// One model for every table a supervisor exports: typed columns (so money stays money and a date
// stays a date in Excel) and rows of raw values. The page builds the table with its filters
// applied and its headers already translated; csv-export.ts and xlsx-export.ts only write it out.
import type { TFunction } from 'i18next';

export type ExportKind = 'text' | 'number' | 'money' | 'date' | 'datetime' | 'percent';

export interface ExportColumn {
  readonly header: string;
  readonly kind: ExportKind;
  /** Column width in characters in the workbook. */
  readonly width?: number;
}

/**
 * text: any string; number: a count; money: integer fen; date: YYYY-MM-DD (a calendar date);
 * datetime: an ISO instant, written as Beijing wall-clock time; percent: a share between 0 and 1.
 */
export type ExportValue = string | number | null;

export interface ExportTable {
  /** Without extension; the writer adds .csv or .xlsx. */
  readonly fileName: string;
  readonly sheetName: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportValue[])[];
  /** Set when the server stopped at its bound: the file holds the first `truncatedAt` rows. */
  readonly truncatedAt?: number;
}

/** The page's `t`: row builders translate headers and words as the page does. */
export type Translate = TFunction;

const ZONE = 'Asia/Shanghai';

/** Fen → "1234.50": yuan with two decimals, by integer arithmetic so no float noise shows. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The wall-clock parts of an instant in Beijing. */
export function shanghaiParts(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}
