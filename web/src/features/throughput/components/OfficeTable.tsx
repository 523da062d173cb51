import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { useOfficeNames } from '../../supervision/hooks/use-office-names';

type Row = RouterOutputs['supervision']['throughput']['byOffice'][number];
const MEASURES = ['booked', 'accepted', 'decided', 'transferred'] as const;

export function OfficeTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const officeName = useOfficeNames();
  return (
    <Table size="small" aria-label={t('throughput.byOffice')} data-testid="throughput-offices">
      <TableHead>
        <TableRow>
          <TableCell>{t('throughput.office')}</TableCell>
          {MEASURES.map((m) => (
            <TableCell key={m} align="right">{t(`throughput.measure.${m}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.officeId}>
            <TableCell>{officeName(r.officeId)}</TableCell>
            {MEASURES.map((m) => (
              <TableCell key={m} align="right">{r[m]}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
