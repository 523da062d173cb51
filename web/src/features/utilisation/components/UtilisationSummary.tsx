import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import type { UtilisationData } from '../utilisation.queries';

type Totals = UtilisationData['totals'];
export interface Selection {
  officeId: string;
  /** null: all the office's windows */
  windowId: string | null;
}

/** One line per office and under it one per window; picking a line shows its slots below. */
export function UtilisationSummary({ data, selected, onSelect }: { data: UtilisationData; selected: Selection | null; onSelect: (s: Selection) => void }) {
  const { t, i18n } = useTranslation();
  const pct = (share: number | null) => (share === null ? '—' : share.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 }));
  const cells = (u: Totals) => (
    <>
      <TableCell align="right">{u.capacity.toLocaleString(i18n.language)}</TableCell>
      <TableCell align="right">{u.booked.toLocaleString(i18n.language)}</TableCell>
      <TableCell align="right">{pct(u.capacity ? u.booked / u.capacity : null)}</TableCell>
      <TableCell align="right">{u.checkedIn.toLocaleString(i18n.language)}</TableCell>
      <TableCell align="right">{u.noShows.toLocaleString(i18n.language)}</TableCell>
      <TableCell align="right">{pct(u.noShowRateBp === null ? null : u.noShowRateBp / 10_000)}</TableCell>
    </>
  );
  const isSelected = (officeId: string, windowId: string | null) => selected?.officeId === officeId && selected.windowId === windowId;
  return (
    <Table size="small" aria-label={t('utilisation.byOffice')} data-testid="utilisation-summary" sx={{ '& tbody tr': { cursor: 'pointer' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('utilisation.office')} / {t('utilisation.window')}</TableCell>
          <TableCell align="right">{t('utilisation.capacity')}</TableCell>
          <TableCell align="right">{t('utilisation.booked')}</TableCell>
          <TableCell align="right">{t('utilisation.fill')}</TableCell>
          <TableCell align="right">{t('utilisation.checkedIn')}</TableCell>
          <TableCell align="right">{t('utilisation.noShows')}</TableCell>
          <TableCell align="right">{t('utilisation.noShowRate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.offices.map((o) => (
          <Fragment key={o.officeId}>
            <TableRow hover selected={isSelected(o.officeId, null)} onClick={() => onSelect({ officeId: o.officeId, windowId: null })} sx={{ '& td': { fontWeight: 600 } }} data-testid={`util-${o.officeId}`}>
              <TableCell>{localizedName(i18n.language, o.nameZh, o.nameEn)}</TableCell>
              {cells(o.totals)}
            </TableRow>
            {o.windows.map((w) => (
              <TableRow key={w.windowId} hover selected={isSelected(o.officeId, w.windowId)} onClick={() => onSelect({ officeId: o.officeId, windowId: w.windowId })} data-testid={`util-${w.windowId}`}>
                <TableCell sx={{ pl: 4 }}>{t('utilisation.windowName', { no: w.windowNo, bank: localizedName(i18n.language, w.bankZh, w.bankEn) })}</TableCell>
                {cells(w.totals)}
              </TableRow>
            ))}
          </Fragment>
        ))}
        <TableRow sx={{ '& td': { fontWeight: 600, borderTop: 2, borderColor: 'divider' } }}>
          <TableCell>{t('utilisation.total')}</TableCell>
          {cells(data.totals)}
        </TableRow>
      </TableBody>
    </Table>
  );
}
