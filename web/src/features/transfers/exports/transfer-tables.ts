// The transfer desk's tables as export tables: one group of transfers (the tab on screen) and the
// differences of the reconciliation runs listed, each with its statement date.
import type { RouterOutputs } from '../../../lib/api-types';
import type { ExportTable, Translate } from '../../../lib/export/table-export';

type Lists = RouterOutputs['transfers']['lists'];
type Runs = RouterOutputs['transfers']['reconciliation'];
export type TransferGroup = 'failed' | 'returned' | 'pending';

export function transfersTable(lists: Lists, group: TransferGroup, t: Translate): ExportTable {
  const rows = lists[group];
  return {
    fileName: `transfers-${group}`,
    sheetName: t(`transfers.tabs.${group}`),
    columns: [
      { header: t('transfers.col.application'), kind: 'text', width: 28 },
      { header: t('transfers.col.payee'), kind: 'text' },
      { header: t('transfers.col.card'), kind: 'text', width: 22 },
      { header: t('transfers.col.amount'), kind: 'money', width: 14 },
      { header: t('transfers.col.status'), kind: 'text' },
      { header: t('transfers.col.bankCode'), kind: 'text' },
      { header: t('transfers.col.attempts'), kind: 'number' },
      { header: t('transfers.col.updated'), kind: 'datetime', width: 18 },
    ],
    rows: rows.map((r) => [r.applicationId, r.payeeName, r.cardMasked, r.amountFen, t(`transfers.status.${r.status}`), r.bankCode, r.attempts, r.updatedAt]),
    // The desk lists at most `limit` of a group; a full group means there may be more.
    truncatedAt: rows.length >= lists.limit ? lists.limit : undefined,
  };
}

export function differencesTable(runs: Runs, t: Translate): ExportTable {
  return {
    fileName: 'reconciliation-differences',
    sheetName: t('transfers.tabs.reconciliation'),
    columns: [
      { header: t('transfers.recon.statementDate'), kind: 'date', width: 12 },
      { header: t('transfers.recon.kind'), kind: 'text', width: 18 },
      { header: t('transfers.col.application'), kind: 'text', width: 28 },
      { header: t('transfers.recon.local'), kind: 'money', width: 14 },
      { header: t('transfers.recon.bank'), kind: 'money', width: 14 },
      { header: t('transfers.recon.localStatus'), kind: 'text' },
      { header: t('transfers.recon.bankStatus'), kind: 'text' },
      { header: t('transfers.recon.resolved'), kind: 'text' },
    ],
    rows: runs.flatMap((run) =>
      run.differences.map((d) => [
        run.statementDate,
        t(`transfers.recon.kinds.${d.kind}`),
        d.applicationId,
        d.localAmountFen,
        d.bankAmountFen,
        d.localStatus,
        d.bankStatus,
        d.resolvedAt ? t('transfers.recon.yes') : t('transfers.recon.open'),
      ]),
    ),
  };
}
