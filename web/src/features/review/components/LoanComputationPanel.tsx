import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { autoChecksOf, formOf, type ApplicationDetail } from '../application-view';
import { computeLoan } from '../loan-computation';
import { formatYuan } from '../review-format';
import { Section } from './Section';

/** The loan quota with its binding limit, the term, the rate tier and the repayment summary. */
export function LoanComputationPanel({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const loan = useMemo(
    () => computeLoan({ details: formOf(detail).details, idNumber: detail.applicant.idNumber, requestedFen: detail.amountFen ?? 0, acceptedAt: detail.acceptedAt, serverQuotaFen: autoChecksOf(detail).maxAmountFen }),
    [detail],
  );
  if (!loan) return null;
  const yuan = (fen: number | null) => (fen === null ? '—' : `${formatYuan(fen, language)} ${t('review.loan.yuan')}`);
  const rows: [string, string][] = [
    [t('review.loan.requested'), yuan(loan.requestedFen)],
    [t('review.loan.quota'), `${yuan(loan.quotaFen)} (${t('review.loan.bindingIs', { limit: t(`review.loan.limits.${loan.binding}`) })})`],
    [t('review.loan.offer'), yuan(loan.offerFen)],
    [t('review.loan.term'), t('review.loan.termValue', { months: loan.termMonths, requested: loan.requestedTermMonths, limit: t(`review.loan.termLimits.${loan.termBinding}`) })],
    [t('review.loan.rate'), `${(loan.annualRatePpm / 10_000).toFixed(2)}%`],
    [t('review.loan.method'), t(`review.loan.methods.${loan.method}`)],
    [t('review.loan.firstPayment'), yuan(loan.firstPaymentFen)],
    [t('review.loan.totalInterest'), yuan(loan.totalInterestFen)],
    [t('review.loan.totalPayment'), yuan(loan.totalPaymentFen)],
  ];
  return (
    <Section title={t('review.loan.title')} testId="loan-computation">
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>{value}</Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 1 }} aria-label={t('review.loan.limitsLabel')}>
        {loan.limits.map((l) => (
          <Chip
            key={l.limit}
            size="small"
            variant={l.limit === loan.binding ? 'filled' : 'outlined'}
            color={l.limit === loan.binding ? 'primary' : 'default'}
            label={`${t(`review.loan.limits.${l.limit}`)}: ${l.amountFen === null ? t('review.loan.notBinding') : yuan(l.amountFen)}`}
          />
        ))}
      </Box>
    </Section>
  );
}
