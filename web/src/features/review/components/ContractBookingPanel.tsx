import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { formatShanghaiDate } from '../../../lib/shanghai-time';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { ApplicationDetail } from '../application-view';
import { useContractBooking } from '../hooks/use-contract-booking';
import { Section } from './Section';

/** A calendar day shown in words ("2026年11月23日星期一"), read as a Beijing day. */
const dayText = (date: string, language: string) => formatShanghaiDate(new Date(`${date}T12:00:00+08:00`), language);

/** After the letter: the contract-signing appointment at an entrusted bank window, booked or to book. */
export function ContractBookingPanel({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const b = useContractBooking(detail);
  const windowText = (bankZh: string, bankEn: string, windowNo: number | string) => t('shell.window', { bank: localizedName(lang, bankZh, bankEn), windowNo });

  return (
    <Section title={t('review.contract.title')} testId="contract-booking">
      {/* Wait for the window names rather than flash the raw window id (only an error falls back to it). */}
      {b.booking && (b.offices.data || b.offices.error) && (
        <Alert severity="success" data-testid="contract-booked">
          {t('review.contract.booked', {
            date: dayText(b.booking.signOn, lang),
            place: b.bookedWindow
              ? `${localizedName(lang, b.bookedWindow.office.nameZh, b.bookedWindow.office.nameEn)} · ${windowText(b.bookedWindow.window.bankZh, b.bookedWindow.window.bankEn, b.bookedWindow.window.windowNo)}`
              : b.booking.windowId,
          })}
          {b.bookedWindow?.office.address ? <Typography variant="body2">{b.bookedWindow.office.address}</Typography> : null}
        </Alert>
      )}
      {!b.booking && !b.canBook && <Typography variant="body2" color="text.secondary">{t('review.contract.notYours')}</Typography>}
      {b.canBook && (
        <Box
          component="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            b.book();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}
        >
          <Typography variant="body2" color="text.secondary">{t('review.contract.hint')}</Typography>
          {b.offices.error ? <ErrorNotice error={b.offices.error} onRetry={() => void b.offices.refetch()} /> : null}
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 1.5, alignItems: 'start' }}>
            <TextField
              select
              size="small"
              label={t('review.contract.window')}
              value={b.windowId}
              onChange={(e) => b.setWindowId(e.target.value)}
              disabled={b.pending || !b.offices.data}
              helperText={b.offices.data ? ' ' : t('app.loading')}
            >
              {(b.offices.data ?? []).flatMap((office) =>
                office.windows.length === 0
                  ? []
                  : [
                      <ListSubheader key={`office-${office.id}`}>{localizedName(lang, office.nameZh, office.nameEn)}</ListSubheader>,
                      ...office.windows.map((w) => (
                        <MenuItem key={w.id} value={w.id}>
                          {windowText(w.bankZh, w.bankEn, w.windowNo)}
                        </MenuItem>
                      )),
                    ],
              )}
            </TextField>
            <TextField
              type="date"
              size="small"
              label={t('review.contract.date')}
              value={b.signOn}
              onChange={(e) => b.setSignOn(e.target.value)}
              disabled={b.pending}
              error={b.dateProblem !== null && b.dateProblem !== 'required'}
              helperText={b.dateProblem ? t(`review.contract.dateProblems.${b.dateProblem}`) : dayText(b.signOn, lang)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: b.today } }}
            />
          </Box>
          {b.error ? <ErrorNotice error={b.error} /> : null}
          <Box>
            <Button type="submit" variant="contained" disabled={b.pending || !b.windowId || b.dateProblem !== null} startIcon={b.pending ? <CircularProgress size={16} color="inherit" /> : undefined}>
              {t('review.contract.book')}
            </Button>
          </Box>
        </Box>
      )}
    </Section>
  );
}
