import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { businessType, isBusinessTypeCode } from '@onetrip/workflows';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { TodayAppointment, TodayView } from '../counter-types';

const businessName = (code: string, lang: string) => (isBusinessTypeCode(code) ? localizedName(lang, businessType(code).name.zh, businessType(code).name.en) : code);

const CHIP_COLOR = { booked: 'default', checked_in: 'info', no_show: 'warning', done: 'success', cancelled: 'default' } as const;

export function TodayPanel(props: {
  today: TodayView | undefined;
  error: unknown;
  pendingId: string | null;
  checkInError: unknown;
  onCheckIn: (a: TodayAppointment) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { today } = props;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1, minHeight: 0, overflow: 'auto' }} component="section" aria-labelledby="today-heading">
      <Typography variant="h2" id="today-heading" sx={{ fontSize: 16 }}>{t('counter.today.title')}</Typography>
      {props.error ? <ErrorNotice error={props.error} /> : null}
      {!today && !props.error && <LinearProgress aria-label={t('app.loading')} />}
      {props.checkInError ? <ErrorNotice error={props.checkInError} /> : null}
      {today && (
        <>
          <Typography variant="body2" color="text.secondary" data-testid="today-place">
            {today.date} · {localizedName(lang, today.office.nameZh, today.office.nameEn)}
            {today.window ? ` · ${t('shell.window', { bank: localizedName(lang, today.window.bankZh, today.window.bankEn), windowNo: today.window.windowNo })}` : ''}
          </Typography>
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }} data-testid="today-counts">
            <Chip size="small" color="info" label={t('counter.today.waiting', { count: today.counts.waiting })} />
            <Chip size="small" label={t('counter.today.booked', { count: today.counts.booked })} />
            <Chip size="small" color="success" variant="outlined" label={t('counter.today.done', { count: today.counts.done })} />
            <Chip size="small" color="warning" variant="outlined" label={t('counter.today.noShow', { count: today.counts.noShow })} />
          </Box>
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
            {today.slots.filter((s) => s.appointments.length).map((slot) => (
              <li key={slot.slotStart}>
                <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {slot.slotStart}–{slot.slotEnd}
                </Typography>
                {slot.appointments.map((a) => (
                  <Box key={a.id} data-testid={`appointment-${a.bookingNo}`} sx={{ display: 'grid', gridTemplateColumns: '1fr auto', alignItems: 'center', gap: 0.5, py: 0.25, borderBottom: 1, borderColor: 'divider' }}>
                    <Box sx={{ minWidth: 0 }}>
                      <Typography variant="body2" noWrap>
                        <strong>{a.name}</strong> <Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }}>{a.idNumberMasked}</Box>
                      </Typography>
                      {/* Up to two lines: the long English business names stay readable; the title shows a longer one whole. */}
                      <Typography variant="caption" color="text.secondary" component="div" title={businessName(a.businessType, lang)} sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', lineHeight: 1.3 }}>
                        {businessName(a.businessType, lang)}
                      </Typography>
                    </Box>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                      <Chip size="small" color={CHIP_COLOR[a.status]} label={t(`counter.status.${a.status}`)} />
                      {(a.status === 'booked' || a.status === 'no_show' || a.status === 'checked_in') && (
                        <Button size="small" variant={a.status === 'checked_in' ? 'outlined' : 'contained'} disabled={props.pendingId === a.id} onClick={() => props.onCheckIn(a)}>
                          {a.status === 'checked_in' ? t('counter.today.serve') : t('counter.today.checkIn')}
                        </Button>
                      )}
                    </Box>
                  </Box>
                ))}
              </li>
            ))}
          </Box>
          {!today.slots.some((s) => s.appointments.length) && <Typography variant="body2" color="text.secondary">{t('counter.today.none')}</Typography>}
        </>
      )}
    </Paper>
  );
}
