import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from './csv-export';
import { shanghaiParts, yuanText, type ExportTable } from './table-export';
import { tableToXlsx } from './xlsx-export';

const table: ExportTable = {
  fileName: 'sample',
  sheetName: 'Sample',
  columns: [
    { header: '受理号', kind: 'text' },
    { header: 'Amount', kind: 'money' },
    { header: 'Due', kind: 'date' },
    { header: 'At', kind: 'datetime' },
    { header: 'Share', kind: 'percent' },
    { header: 'Count', kind: 'number' },
  ],
  rows: [
    ['=HYPERLINK("x")', 1_234_505, '2026-10-09', '2026-10-08T16:30:00.000Z', 0.1234, 7],
    ['B', null, null, null, null, 0],
  ],
};

describe('table export', () => {
  it('writes fen as yuan with two decimals without float noise', () => {
    expect(yuanText(1_234_505)).toBe('12345.05');
    expect(yuanText(7)).toBe('0.07');
    expect(yuanText(-250)).toBe('-2.50');
    expect(yuanText(0)).toBe('0.00');
  });

  it('reads an instant as Beijing wall-clock time (the next day after 16:00 UTC)', () => {
    expect(shanghaiParts('2026-10-08T16:30:00.000Z')).toEqual({ date: '2026-10-09', time: '00:30:00' });
    expect(shanghaiParts('not a time')).toBeNull();
  });

  it('writes CSV with translated headers, yuan, Beijing time, per cent, and formula-safe text', () => {
    const lines = tableToCsv(table).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('受理号,Amount,Due,At,Share,Count');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",12345.05,2026-10-09,2026-10-09 00:30:00,12.3%,7`);
    expect(lines[2]).toBe('B,,,,,0');
  });

  it('writes an XLSX whose money is a number of yuan and whose dates are date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tableToXlsx(table));
    const sheet = workbook.getWorksheet('Sample')!;
    expect(sheet.getCell('A1').value).toBe('受理号');
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('B2').value).toBe(12345.05);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-10-09T00:00:00Z'));
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('D2').value).toEqual(new Date('2026-10-09T00:30:00Z'));
    expect(sheet.getCell('E2').value).toBe(0.1234);
    expect(sheet.getCell('F2').value).toBe(7);
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });
});
