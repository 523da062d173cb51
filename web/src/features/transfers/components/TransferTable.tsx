import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { formatFen } from '../format-fen';

export type TransferRow = RouterOutputs['transfers']['lists']['failed'][number];

/** One group of transfers; `action` renders the last column when the group can be acted on. */
export function TransferTable({ rows, action, testId }: { rows: readonly TransferRow[]; action?: (row: TransferRow) => ReactNode; testId: string }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Typography color="text.secondary" sx={{ p: 2 }}>{t('transfers.empty')}</Typography>;
  return (
    <Table size="small" data-testid={testId} aria-label={t(`transfers.tabs.${testId}`)}>
      <TableHead>
        <TableRow>
          <TableCell>{t('transfers.col.application')}</TableCell>
          <TableCell>{t('transfers.col.payee')}</TableCell>
          <TableCell>{t('transfers.col.card')}</TableCell>
          <TableCell align="right">{t('transfers.col.amount')}</TableCell>
          <TableCell>{t('transfers.col.status')}</TableCell>
          <TableCell>{t('transfers.col.bankCode')}</TableCell>
          <TableCell align="right">{t('transfers.col.attempts')}</TableCell>
          <TableCell>{t('transfers.col.updated')}</TableCell>
          {action && <TableCell sx={{ width: 360 }}>{t('transfers.col.action')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.transferId} data-application={r.applicationId}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{r.applicationId}</TableCell>
            <TableCell>{r.payeeName}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{r.cardMasked}</TableCell>
            <TableCell align="right">{formatFen(r.amountFen, i18n.language)}</TableCell>
            <TableCell>{t(`transfers.status.${r.status}`)}</TableCell>
            <TableCell>{r.bankCode ?? '—'}</TableCell>
            <TableCell align="right">{r.attempts}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatShanghaiDateTime(r.updatedAt, i18n.language)}</TableCell>
            {action && <TableCell>{action(r)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
