// The throughput page's tables as export tables: one row per period (what the chart draws) and
// one per office and bank window, for the range and office the page is filtered to.
import type { RouterOutputs } from '../../../lib/api-types';
import type { ExportTable, Translate } from '../../../lib/export/table-export';
import type { PlaceNames } from '../hooks/use-place-names';

type Throughput = RouterOutputs['supervision']['throughput'];

function rangeName(data: Throughput, what: string, officeId: string | undefined): string {
  return [`throughput-${what}`, data.from, data.to, data.by, officeId].filter(Boolean).join('-');
}

export function periodsTable(data: Throughput, officeId: string | undefined, t: Translate): ExportTable {
  return {
    fileName: rangeName(data, 'periods', officeId),
    sheetName: t('throughput.title'),
    columns: [
      { header: t('throughput.period'), kind: 'date', width: 12 },
      { header: t('throughput.workingDays'), kind: 'number' },
      { header: t('throughput.measure.booked'), kind: 'number' },
      { header: t('throughput.measure.accepted'), kind: 'number' },
      { header: t('throughput.measure.acceptedLoans'), kind: 'number' },
      { header: t('throughput.loanTargetColumn'), kind: 'number' },
      { header: t('throughput.measure.decided'), kind: 'number' },
      { header: t('throughput.measure.transferred'), kind: 'number' },
    ],
    rows: data.periods.map((p) => [p.period, p.workingDays, p.booked, p.accepted, p.acceptedLoans, p.target, p.decided, p.transferred]),
  };
}

export function placesTable(data: Throughput, officeId: string | undefined, t: Translate, names: PlaceNames): ExportTable {
  const measures = (r: Throughput['byOffice'][number]) => [r.booked, r.accepted, r.acceptedLoans, r.decided, r.transferred];
  return {
    fileName: rangeName(data, 'places', officeId),
    sheetName: t('throughput.byPlace'),
    columns: [
      { header: t('throughput.office'), kind: 'text', width: 16 },
      { header: t('throughput.window'), kind: 'text', width: 26 },
      { header: t('throughput.measure.booked'), kind: 'number' },
      { header: t('throughput.measure.accepted'), kind: 'number' },
      { header: t('throughput.measure.acceptedLoans'), kind: 'number' },
      { header: t('throughput.measure.decided'), kind: 'number' },
      { header: t('throughput.measure.transferred'), kind: 'number' },
    ],
    // Each office's total first, then its windows, as the page lists them.
    rows: data.byOffice.flatMap((o) => [
      [names.office(o.officeId), t('throughput.officeTotal', { office: names.office(o.officeId) }), ...measures(o)],
      ...data.byWindow.filter((w) => w.officeId === o.officeId).map((w) => [names.office(w.officeId), names.window(w.windowId), ...measures(w)]),
    ]),
  };
}
