import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { evidenceLines } from '../../../lib/evidence-summary';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { autoChecksOf, checklistOf, type ApplicationDetail, type Evidence } from '../application-view';
import { Section } from './Section';

const STATUS_COLOR: Record<string, 'success' | 'info' | 'default' | 'warning'> = { waived: 'success', required: 'info', not_needed: 'default', ask: 'warning' };

/** What the material checklist needed and which government data proved it instead of paper. */
export function SharingEvidence({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const checklist = checklistOf(detail);
  const { sources } = autoChecksOf(detail);
  const sourceLine = (e: Evidence, i: number) => (
    <Typography key={`${e.source}:${e.about}:${i}`} variant="body2" sx={{ pl: 2, color: 'text.secondary', overflowWrap: 'anywhere' }}>
      {t(`review.sources.${e.source}`, { defaultValue: e.source })}
      {e.about === 'spouse' ? ` (${t('review.evidence.spouse')})` : ''} — {evidenceLines(e.summary, t, 'review.evidence').map((l) => `${l.label}: ${l.value}`).join(' · ')}
      {e.at ? ` · ${formatShanghaiDateTime(e.at, language)}` : ''}
    </Typography>
  );
  return (
    <Section title={t('review.evidence.title')} testId="sharing-evidence">
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 0.75 }}>
        {checklist
          .filter((c) => c.status !== 'not_needed')
          .map((c) => (
            <Box component="li" key={c.materialId}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <Chip size="small" variant="outlined" color={STATUS_COLOR[c.status] ?? 'default'} label={t(`review.checklist.${c.status}`, { defaultValue: c.status })} />
                <Typography variant="body2">{language.startsWith('en') ? c.name.en : c.name.zh}</Typography>
              </Box>
              {c.waivedBy?.evidence.map(sourceLine)}
            </Box>
          ))}
      </Box>
      {sources.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>{t('review.evidence.sources')}</Typography>
          {sources.map(sourceLine)}
        </>
      )}
    </Section>
  );
}
