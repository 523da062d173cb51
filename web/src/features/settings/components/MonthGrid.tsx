import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export type DayKind = 'holiday' | 'makeUp' | 'weekend' | 'working';

/** One month, weeks starting on Monday as Chinese calendars print them. */
export function MonthGrid({ year, month, kindOf }: { year: number; month: number; kindOf: (date: string) => DayKind }) {
  const { t, i18n } = useTranslation();
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const title = first.toLocaleDateString(i18n.language, { month: 'long', timeZone: 'UTC' });
  const weekdays = t('settings.calendar.weekdays').split(',');
  return (
    <Box role="group" aria-label={title}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{title}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '2px', fontSize: 12, textAlign: 'center' }}>
        {weekdays.map((w) => (
          <Box key={w} sx={{ color: 'text.secondary' }}>{w}</Box>
        ))}
        {Array.from({ length: lead }, (_, i) => <Box key={`lead-${i}`} />)}
        {Array.from({ length: days }, (_, i) => {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
          const kind = kindOf(date);
          return (
            <Box
              key={date}
              data-date={date}
              data-kind={kind}
              title={t(`settings.calendar.kind.${kind}`)}
              sx={{
                lineHeight: '22px',
                borderRadius: 1,
                ...(kind === 'holiday' && { bgcolor: 'error.light', color: 'error.contrastText' }),
                ...(kind === 'makeUp' && { bgcolor: 'warning.main', color: 'warning.contrastText', fontWeight: 700, outline: '2px solid', outlineColor: 'warning.dark' }),
                ...(kind === 'weekend' && { color: 'text.disabled' }),
              }}
            >
              {i + 1}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
