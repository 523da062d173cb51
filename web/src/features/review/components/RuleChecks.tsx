import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { autoChecksOf, type ApplicationDetail } from '../application-view';
import { ruleMessage } from '../review-format';
import { Section } from './Section';

/** Every automatic rule check: pass or fail, the values compared and the rule's explanation. */
export function RuleChecks({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const { checks } = autoChecksOf(detail);
  const failed = checks.filter((c) => !c.passed).length;
  return (
    <Section title={t('review.rules.title', { passed: checks.length - failed, total: checks.length })} testId="rule-checks">
      {checks.length === 0 && <Typography variant="body2" color="text.secondary">{t('review.rules.none')}</Typography>}
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {checks.map((c) => (
          <Box component="li" key={c.rule} data-rule={c.rule} data-passed={c.passed} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            {c.passed ? <CheckCircleIcon fontSize="small" color="success" aria-label={t('review.rules.passed')} /> : <CancelIcon fontSize="small" color="error" aria-label={t('review.rules.failed')} />}
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2">{t(`review.ruleNames.${c.rule}`, { defaultValue: c.rule })}</Typography>
              {c.failures.map((f) => (
                <Typography key={f.code} variant="body2" color="error.main">
                  {ruleMessage(f.code, f.params, i18n.language)}
                  {f.actual !== undefined && f.limit !== undefined && ` (${t('review.rules.compared', { actual: String(f.actual), limit: String(f.limit) })})`}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
