import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { dayAfter } from '../policy-values';
import { useCalendarQuery } from '../settings.queries';
import { MonthGrid, type DayKind } from './MonthGrid';
import { NoticeUpload } from './NoticeUpload';

/** The published years month by month (days off, make-up working days), and next year's upload. */
export function CalendarPanel() {
  const { t } = useTranslation();
  const calendar = useCalendarQuery();
  const [chosen, setChosen] = useState<number | null>(null);
  const years = calendar.data?.years ?? [];
  const year = years.find((y) => y.year === chosen) ?? years.find((y) => y.year === Number(calendar.data?.today.slice(0, 4))) ?? years.at(-1);
  const kindOf = useMemo(() => {
    const off = new Set<string>();
    for (const h of year?.holidays ?? []) for (let d = h.from; d <= h.to; d = dayAfter(d)) off.add(d);
    const makeUp = new Set(year?.makeUpDays ?? []);
    return (date: string): DayKind => {
      if (makeUp.has(date)) return 'makeUp';
      if (off.has(date)) return 'holiday';
      const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
      return wd === 0 || wd === 6 ? 'weekend' : 'working';
    };
  }, [year]);

  if (calendar.error) return <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />;
  if (!calendar.data || !year) return <LinearProgress aria-label={t('app.loading')} />;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 340px', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <ToggleButtonGroup exclusive size="small" value={year.year} onChange={(_, v: number | null) => v !== null && setChosen(v)} aria-label={t('settings.calendar.year')}>
            {years.map((y) => (
              <ToggleButton key={y.year} value={y.year}>{y.year}</ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Legend />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 2 }} data-testid="year-calendar">
          {Array.from({ length: 12 }, (_, i) => (
            <MonthGrid key={`${year.year}-${i}`} year={year.year} month={i + 1} kindOf={kindOf} />
          ))}
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="h3">{t('settings.calendar.notice', { year: year.year })}</Typography>
        <Box component="ul" sx={{ m: 0, pl: 2.5, fontSize: 14 }}>
          {year.holidays.map((h) => (
            <li key={h.from}>{t('settings.calendar.block', { name: h.name, from: h.from.slice(5), to: h.to.slice(5) })}</li>
          ))}
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }} aria-label={t('settings.calendar.makeUpDays')}>
          <Typography variant="body2" sx={{ width: '100%' }}>{t('settings.calendar.makeUpDays')}</Typography>
          {year.makeUpDays.map((d) => (
            <Chip key={d} size="small" color="warning" label={d} />
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
          {year.loadedBy ? t('settings.calendar.loadedBy', { name: year.loadedBy }) : t('settings.calendar.builtIn')} · {year.source}
        </Typography>
        {calendar.data.nextYearPublished ? (
          <Alert severity="success">{t('settings.calendar.nextPublished', { year: calendar.data.nextYear })}</Alert>
        ) : (
          <Alert severity="warning">{t('settings.calendar.nextMissing', { year: calendar.data.nextYear })}</Alert>
        )}
        <NoticeUpload nextYear={calendar.data.nextYear} onLoaded={setChosen} />
      </Paper>
    </Box>
  );
}

function Legend() {
  const { t } = useTranslation();
  const swatch = (kind: DayKind, sx: object) => (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: 12 }}>
      <Box sx={{ width: 14, height: 14, borderRadius: 0.5, ...sx }} />
      {t(`settings.calendar.kind.${kind}`)}
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', gap: 2 }}>
      {swatch('holiday', { bgcolor: 'error.light' })}
      {swatch('makeUp', { bgcolor: 'warning.main', outline: '2px solid', outlineColor: 'warning.dark' })}
      {swatch('weekend', { border: 1, borderColor: 'divider' })}
    </Box>
  );
}

