// Hand a file the page produced to the browser as a download.
import { tableToCsv } from './csv-export';
import type { ExportTable } from './table-export';
import { tableToXlsx } from './xlsx-export';

export type ExportFormat = 'csv' | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked on the next task: a synchronous revoke can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function downloadTable(table: ExportTable, format: ExportFormat): Promise<void> {
  if (format === 'csv') save(`${table.fileName}.csv`, new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
  else save(`${table.fileName}.xlsx`, new Blob([await tableToXlsx(table)], { type: XLSX_TYPE }));
}
