import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { formatCalendarDate } from '../../../lib/calendar-date';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';

export type Progress = RouterOutputs['progress']['lookup'];

const DONE = new Set(['transferred', 'disbursed', 'closed']);
const STAFF_HANDLING = new Set(['rejected', 'transfer_failed', 'reversed', 'withdrawn']);

/** Where the application is, the promised date and the steps so far — nothing more personal. */
export function ProgressResult({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const words = (w: { zh: string; en: string }) => (en ? w.en : w.zh);
  const tone = DONE.has(progress.status) ? 'success' : progress.status === 'returned_for_supplement' ? 'warning' : STAFF_HANDLING.has(progress.status) ? 'default' : 'info';
  // Newest first: the applicant came to see what happened last.
  const history = [...progress.history].reverse();

  return (
    <Box component="section" aria-labelledby="progress-result-title" data-testid="progress-result">
      <Typography variant="overline" color="text.secondary">{t('progress.result.receipt', { receiptNo: progress.receiptNo })}</Typography>
      <Typography id="progress-result-title" variant="h2" sx={{ mb: 1.5 }}>{words(progress.businessName)}</Typography>
      <Chip color={tone} label={words(progress.words)} data-testid="progress-status" sx={{ fontSize: 15, height: 32, mb: 2 }} />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, mb: 2 }}>
        <Typography color="text.secondary">{t('progress.result.promisedOn')}</Typography>
        <Typography data-testid="progress-promised-on">
          {progress.promisedOn ? formatCalendarDate(progress.promisedOn, i18n.language) : t(DONE.has(progress.status) ? 'progress.result.completed' : 'progress.result.clockPaused')}
        </Typography>
      </Box>
      <Divider sx={{ mb: 1.5 }} />
      <Typography variant="h3" sx={{ mb: 1 }}>{t('progress.result.history')}</Typography>
      <Box component="ol" data-testid="progress-history" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {history.map((step, i) => (
          <Box component="li" key={`${step.at}-${i}`} sx={{ display: 'grid', gridTemplateColumns: '11.5em 1fr', gap: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
            <Typography component="time" dateTime={step.at} color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatShanghaiDateTime(step.at, i18n.language)}
            </Typography>
            <Typography sx={{ fontWeight: i === 0 ? 600 : 400 }}>{words(step.words)}</Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{t('progress.result.note')}</Typography>
    </Box>
  );
}
