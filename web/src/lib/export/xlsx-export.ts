// An export table as an Excel workbook (exceljs): money as a number of yuan with two decimals
// (formatted, not text), calendar dates and Beijing times as real date cells, shares as per cent;
// a bold, frozen header row. Excel has no time zones, so an instant is written as the Beijing
// wall-clock time it shows at the center.
import type { Workbook } from 'exceljs';
import { shanghaiParts, type ExportKind, type ExportTable, type ExportValue } from './table-export';

const FORMATS: Partial<Record<ExportKind, string>> = {
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0.0%',
  number: '0',
};

/** A wall-clock date and time as the Date exceljs writes unchanged (it stores UTC fields). */
function wallClock(date: string, time = '00:00:00'): Date {
  return new Date(`${date}T${time}Z`);
}

function xlsxCell(kind: ExportKind, v: ExportValue): string | number | Date | null {
  if (v === null) return null;
  if (kind === 'money' && typeof v === 'number') return Math.round(v) / 100;
  if (kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return wallClock(v);
  if (kind === 'datetime' && typeof v === 'string') {
    const p = shanghaiParts(v);
    return p ? wallClock(p.date, p.time) : v;
  }
  return v;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

export function fillWorkbook(workbook: Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ key: String(i), header: c.header, width: c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 2)), style: FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const r of table.rows) sheet.addRow(table.columns.map((c, i) => xlsxCell(c.kind, r[i] ?? null)));
}

/** The workbook's bytes; exceljs is loaded only when someone exports (it is large). */
export async function tableToXlsx(table: ExportTable): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  fillWorkbook(workbook, table);
  return workbook.xlsx.writeBuffer();
}
