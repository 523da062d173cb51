import { describe, expect, it } from 'vitest';
import { testTranslator } from '../../../i18n/test-translator';
import { differencesTable, transfersTable } from './transfer-tables';

const transfer = { transferId: 'T1', applicationId: 'A-1', payeeName: '张三', cardMasked: '6222 **** 1234', amountFen: 1_800_050, status: 'failed' as const, bankCode: 'E01', attempts: 2, lastError: null, updatedAt: '2026-10-10T01:00:00.000Z', request: null };

describe('transfer export tables', () => {
  it('one group: amounts stay integer fen for the writers (yuan in the file), status translated', async () => {
    const t = await testTranslator('en');
    const table = transfersTable({ failed: [transfer], returned: [], pending: [], limit: 200 }, 'failed', t);
    expect(table.fileName).toBe('transfers-failed');
    expect(table.columns[3]).toMatchObject({ header: 'Amount', kind: 'money' });
    expect(table.rows).toEqual([['A-1', '张三', '6222 **** 1234', 1_800_050, 'Failed', 'E01', 2, '2026-10-10T01:00:00.000Z']]);
    expect(table.truncatedAt).toBeUndefined();
    const full = transfersTable({ failed: [transfer, { ...transfer, transferId: 'T2' }], returned: [], pending: [], limit: 2 }, 'failed', t);
    expect(full.truncatedAt).toBe(2);
  });

  it('differences of every run listed, each with its statement date', async () => {
    const t = await testTranslator('zh-CN');
    const diff: { id: string; kind: 'amount_mismatch'; transferId: string; applicationId: string; localAmountFen: number; bankAmountFen: number | null; localStatus: string; bankStatus: string; resolvedAt: string | null } = {
      id: '1', kind: 'amount_mismatch', transferId: 'T1', applicationId: 'A-1', localAmountFen: 100, bankAmountFen: 90, localStatus: 'succeeded', bankStatus: 'paid', resolvedAt: null,
    };
    const run = (date: string, differences: (typeof diff)[]) => ({ runId: date, statementDate: date, startedAt: '', finishedAt: null, bankPayments: 1, localTransfers: 1, differences });
    const table = differencesTable([run('2026-10-10', [diff]), run('2026-10-09', []), run('2026-10-08', [{ ...diff, resolvedAt: '2026-10-09T00:00:00Z', bankAmountFen: null }])], t);
    expect(table.columns[0]).toMatchObject({ header: '对账日期', kind: 'date' });
    expect(table.rows.map((r) => r[0])).toEqual(['2026-10-10', '2026-10-08']);
    expect(table.rows[1]).toEqual(['2026-10-08', t('transfers.recon.kinds.amount_mismatch'), 'A-1', 100, null, 'succeeded', 'paid', t('transfers.recon.yes')]);
  });
});
