import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/api-types';
import { businessTypeName, SLA_COLOR } from '../review-format';

type Queue = RouterOutputs['review']['queues'][number];

interface Props {
  queues: Queue[];
  selected: { step: string; businessType: string } | null;
  onSelect: (queue: Queue) => void;
}

/** One card per queue (step × business type): what is open, what is mine, how old the oldest is. */
export function QueueCards({ queues, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  if (queues.length === 0) {
    return <Typography color="text.secondary" data-testid="queues-empty">{t('review.queues.empty')}</Typography>;
  }
  return (
    <Box component="ul" aria-label={t('review.queues.label')} sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 1.5, p: 0, m: 0, listStyle: 'none' }}>
      {queues.map((q) => {
        const isSelected = selected?.step === q.step && selected.businessType === q.businessType;
        return (
          <Card component="li" key={`${q.step}:${q.businessType}`} variant="outlined" sx={{ borderColor: isSelected ? 'primary.main' : undefined, borderWidth: isSelected ? 2 : 1 }} data-testid="queue-card">
            <CardActionArea onClick={() => onSelect(q)} aria-pressed={isSelected} sx={{ p: 1.5, height: '100%' }}>
              <Typography variant="body2" color="text.secondary" noWrap>{t(`review.steps.${q.step}`)}</Typography>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }} noWrap title={businessTypeName(q.businessType, i18n.language)}>
                {businessTypeName(q.businessType, i18n.language)}
              </Typography>
              <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mt: 0.5 }}>
                <Typography variant="h5" component="span" data-testid="queue-open">{q.open}</Typography>
                <Typography variant="body2" color="text.secondary">{t('review.queues.counts', { total: q.total, mine: q.mine })}</Typography>
              </Box>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5, flexWrap: 'wrap' }}>
                <Typography variant="body2">{t('review.queues.oldest', { days: q.oldestAgeWorkingDays })}</Typography>
                {q.oldestSla && <Chip size="small" variant="outlined" color={SLA_COLOR[q.oldestSla]} label={t(`review.sla.${q.oldestSla}`)} />}
              </Box>
            </CardActionArea>
          </Card>
        );
      })}
    </Box>
  );
}
