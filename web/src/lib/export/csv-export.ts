// An export table as CSV (RFC 4180 with a BOM, through the shared writer): money in yuan with two
// decimals, instants as Beijing time, shares as per cent.
import { toCsv, type CsvCell } from '@onetrip/workflows';
import { shanghaiParts, yuanText, type ExportKind, type ExportTable, type ExportValue } from './table-export';

function csvCell(kind: ExportKind, v: ExportValue): CsvCell {
  if (v === null) return '';
  if (typeof v === 'string') {
    if (kind !== 'datetime') return v;
    const p = shanghaiParts(v);
    return p ? `${p.date} ${p.time}` : v;
  }
  if (kind === 'money') return yuanText(v);
  if (kind === 'percent') return `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
  return v;
}

export function tableToCsv(table: ExportTable): string {
  return toCsv([table.columns.map((c) => c.header), ...table.rows.map((r) => table.columns.map((c, i) => csvCell(c.kind, r[i] ?? null)))]);
}
