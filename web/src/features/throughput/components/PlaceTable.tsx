import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import type { PlaceNames } from '../hooks/use-place-names';

type Throughput = RouterOutputs['supervision']['throughput'];
type Counts = Throughput['byOffice'][number];
const MEASURES = ['booked', 'accepted', 'acceptedLoans', 'decided', 'transferred'] as const;

/** Each office's totals, then its entrusted bank windows and its own counters underneath. */
export function PlaceTable({ data, names }: { data: Throughput; names: PlaceNames }) {
  const { t } = useTranslation();
  const cells = (r: Counts) => MEASURES.map((m) => <TableCell key={m} align="right">{r[m].toLocaleString()}</TableCell>);
  return (
    <Table size="small" aria-label={t('throughput.byPlace')} data-testid="throughput-places">
      <TableHead>
        <TableRow>
          <TableCell>{t('throughput.office')} / {t('throughput.window')}</TableCell>
          {MEASURES.map((m) => (
            <TableCell key={m} align="right">{t(`throughput.measure.${m}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.byOffice.map((o) => (
          <Fragment key={o.officeId}>
            <TableRow sx={{ bgcolor: 'action.hover', '& td': { fontWeight: 600 } }} data-testid={`place-${o.officeId}`}>
              <TableCell>{names.office(o.officeId)}</TableCell>
              {cells(o)}
            </TableRow>
            {data.byWindow
              .filter((w) => w.officeId === o.officeId)
              .map((w) => (
                <TableRow key={w.windowId ?? 'own'} data-testid={`place-${o.officeId}-${w.windowId ?? 'own'}`}>
                  <TableCell sx={{ pl: 4 }}>{names.window(w.windowId)}</TableCell>
                  {cells(w)}
                </TableRow>
              ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
