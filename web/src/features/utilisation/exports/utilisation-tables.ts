// The utilisation page's tables as export tables, for the ten working days on screen: one row per
// office and window (with the no-show rate), and one per window, day and slot for a pivot table.
import { localizedName } from '../../../lib/localized-name';
import type { ExportTable, Translate } from '../../../lib/export/table-export';
import type { UtilisationData } from '../utilisation.queries';

type Totals = UtilisationData['totals'];

const fill = (u: Totals) => (u.capacity === 0 ? null : u.booked / u.capacity);
const noShowRate = (u: Totals) => (u.noShowRateBp === null ? null : u.noShowRateBp / 10_000);
const range = (data: UtilisationData) => `${data.days[0] ?? ''}-${data.days.at(-1) ?? ''}`;

export function summaryTable(data: UtilisationData, t: Translate, language: string): ExportTable {
  const figures = (u: Totals) => [u.capacity, u.booked, fill(u), u.checkedIn, u.noShows, noShowRate(u)];
  return {
    fileName: `appointment-utilisation-${range(data)}`,
    sheetName: t('utilisation.title'),
    columns: [
      { header: t('utilisation.office'), kind: 'text', width: 16 },
      { header: t('utilisation.window'), kind: 'text', width: 24 },
      { header: t('utilisation.capacity'), kind: 'number' },
      { header: t('utilisation.booked'), kind: 'number' },
      { header: t('utilisation.fill'), kind: 'percent' },
      { header: t('utilisation.checkedIn'), kind: 'number' },
      { header: t('utilisation.noShows'), kind: 'number' },
      { header: t('utilisation.noShowRate'), kind: 'percent' },
    ],
    rows: data.offices.flatMap((o) => {
      const office = localizedName(language, o.nameZh, o.nameEn);
      return [
        [office, t('utilisation.allWindows'), ...figures(o.totals)],
        ...o.windows.map((w) => [office, t('utilisation.windowName', { no: w.windowNo, bank: localizedName(language, w.bankZh, w.bankEn) }), ...figures(w.totals)]),
      ];
    }),
  };
}

export function slotsTable(data: UtilisationData, t: Translate, language: string): ExportTable {
  return {
    fileName: `appointment-slots-${range(data)}`,
    sheetName: t('utilisation.bySlot'),
    columns: [
      { header: t('utilisation.office'), kind: 'text', width: 16 },
      { header: t('utilisation.window'), kind: 'text', width: 24 },
      { header: t('utilisation.date'), kind: 'date', width: 12 },
      { header: t('utilisation.slot'), kind: 'text' },
      { header: t('utilisation.capacity'), kind: 'number' },
      { header: t('utilisation.booked'), kind: 'number' },
      { header: t('utilisation.checkedIn'), kind: 'number' },
      { header: t('utilisation.noShows'), kind: 'number' },
    ],
    rows: data.offices.flatMap((o) =>
      o.windows.flatMap((w) =>
        data.days.flatMap((day, i) =>
          w.slots.map((s) => {
            const d = s.byDay[i]!;
            return [localizedName(language, o.nameZh, o.nameEn), t('utilisation.windowName', { no: w.windowNo, bank: localizedName(language, w.bankZh, w.bankEn) }), day, s.slotStart, d.capacity, d.booked, d.checkedIn, d.noShows];
          }),
        ),
      ),
    ),
  };
}
