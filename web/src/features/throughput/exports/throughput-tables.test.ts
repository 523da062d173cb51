import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/test-translator';
import { periodsTable, placesTable } from './throughput-tables';

const counts = { booked: 1, accepted: 3, acceptedLoans: 1, decided: 2, transferred: 2 };
const data = {
  from: '2026-11-16',
  to: '2026-11-22',
  by: 'week' as const,
  dailyLoanTarget: 350,
  periods: [{ period: '2026-11-16', workingDays: 5, target: 1750, ...counts }],
  byOffice: [{ officeId: 'HRB-DL', ...counts }],
  byWindow: [
    { officeId: 'HRB-DL', windowId: null, ...counts, booked: 0 },
    { officeId: 'HRB-DL', windowId: 'HRB-DL-W1', ...counts, accepted: 0, acceptedLoans: 0 },
  ],
  totals: counts,
  target: 1750,
  decidedWithinSla: { decided: 2, withinSla: 2, share: 1 },
  acceptanceToDecision: { count: 2, average: 1, p90: 1, uncounted: 0 },
  acceptanceToTransfer: { count: 2, average: 1, p90: 1, uncounted: 0 },
};
const names = { office: (id: string) => (id === 'HRB-DL' ? '道里' : id), window: (id: string | null) => (id === null ? 'own' : `win ${id}`) };

describe('throughput export tables', () => {
  it('one row per period with the loan target beside the accepted loans, the range in the file name', async () => {
    const t = await testTranslator('en');
    const table = periodsTable(data, undefined, t);
    expect(table.fileName).toBe('throughput-periods-2026-11-16-2026-11-22-week');
    expect(table.columns.map((c) => c.header)).toEqual(['Period', 'Working days', 'Booked', 'Accepted', 'Loans accepted', 'Loan target', 'Decided', 'Transferred']);
    expect(table.rows).toEqual([['2026-11-16', 5, 1, 3, 1, 1750, 2, 2]]);
  });

  it("each office's total, then its windows and own counters", async () => {
    const t = await testTranslator('zh-CN');
    const table = placesTable(data, 'HRB-DL', t, names);
    expect(table.fileName).toBe('throughput-places-2026-11-16-2026-11-22-week-HRB-DL');
    expect(table.rows).toEqual([
      ['道里', '道里 合计', 1, 3, 1, 2, 2],
      ['道里', 'own', 0, 3, 1, 2, 2],
      ['道里', 'win HRB-DL-W1', 1, 0, 0, 2, 2],
    ]);
  });

  it('says "1 case" and "2 cases" in English', async () => {
    const t = await testTranslator('en');
    expect(t('throughput.kpi.cases', { count: 1 })).toBe('1 case');
    expect(t('throughput.kpi.cases', { count: 2 })).toBe('2 cases');
    expect((await testTranslator('zh-CN'))('throughput.kpi.cases', { count: 1 })).toBe('共 1 件');
  });
});
