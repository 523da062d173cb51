import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/test-translator';
import type { UtilisationData } from '../utilisation.queries';
import { slotsTable, summaryTable } from './utilisation-tables';

const u = (capacity: number, booked: number, checkedIn: number, noShows: number, noShowRateBp: number | null) => ({ capacity, booked, checkedIn, noShows, noShowRateBp });
const data: UtilisationData = {
  days: ['2026-11-20', '2026-11-23'],
  notPublishedFrom: null,
  totals: u(8, 3, 1, 1, 5000),
  offices: [
    {
      officeId: 'HRB-PF',
      nameZh: '平房',
      nameEn: 'Pingfang',
      totals: u(8, 3, 1, 1, 5000),
      windows: [
        {
          windowId: 'HRB-PF-W2', windowNo: 2, bankId: 'ICBC', bankZh: '工商银行', bankEn: 'ICBC', totals: u(8, 3, 1, 1, 5000),
          slots: [
            { slotStart: '09:00', ...u(4, 2, 1, 1, 5000), byDay: [u(2, 0, 0, 0, null), u(2, 2, 1, 1, 5000)] },
            { slotStart: '09:30', ...u(4, 1, 0, 0, null), byDay: [u(2, 1, 0, 0, null), u(2, 0, 0, 0, null)] },
          ],
        },
      ],
    },
  ],
};

describe('utilisation export tables', () => {
  it('summary: the office, then each window, with fill and no-show rate as shares', async () => {
    const t = await testTranslator('en');
    const table = summaryTable(data, t, 'en');
    expect(table.fileName).toBe('appointment-utilisation-2026-11-20-2026-11-23');
    expect(table.columns.find((c) => c.header === 'No-show rate')?.kind).toBe('percent');
    expect(table.rows).toEqual([
      ['Pingfang', 'All windows', 8, 3, 3 / 8, 1, 1, 0.5],
      ['Pingfang', 'W2 · ICBC', 8, 3, 3 / 8, 1, 1, 0.5],
    ]);
  });

  it('slots: one row per window, day and slot, in Chinese names', async () => {
    const t = await testTranslator('zh-CN');
    const table = slotsTable(data, t, 'zh-CN');
    expect(table.rows).toHaveLength(4);
    expect(table.rows[2]).toEqual(['平房', '2 号窗口 · 工商银行', '2026-11-23', '09:00', 2, 2, 1, 1]);
  });
});
