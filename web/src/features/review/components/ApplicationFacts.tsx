import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formOf, type ApplicationDetail } from '../application-view';
import { formatYuan } from '../review-format';
import { Section } from './Section';

function valueText(key: string, value: unknown, language: string, yesNo: (v: boolean) => string): string {
  if (typeof value === 'number' && key.endsWith('Fen')) return `${formatYuan(value, language)} ${language.startsWith('en') ? 'yuan' : '元'}`;
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

/** The form as accepted: applicant, amount and the business's own fields. */
export function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { details, mobile } = formOf(detail);
  const yesNo = (v: boolean) => t(v ? 'review.common.yes' : 'review.common.no');
  const rows: [string, string][] = [
    [t('review.facts.applicant'), detail.applicant.name],
    [t('review.facts.idNumber'), detail.applicant.idNumber],
    [t('review.facts.mobile'), mobile || '—'],
    [t('review.facts.accountNo'), detail.applicant.accountNo ?? '—'],
    [t('review.facts.amount'), detail.amountFen === null ? '—' : valueText('amountFen', detail.amountFen, language, yesNo)],
    ...Object.entries(details).map(([k, v]): [string, string] => [t(`review.fields.${k}`, { defaultValue: k }), valueText(k, v, language, yesNo)]),
  ];
  return (
    <Section title={t('review.facts.title')} testId="application-facts">
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>{value}</Typography>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
