import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formOf, type ApplicationDetail } from '../application-view';
import { formatYuan } from '../review-format';
import { Section } from './Section';

type LoanOffer = NonNullable<ApplicationDetail['loanOffer']>;

/**
 * The loan's numbers as the server computed them from the real balance and the policy in force on
 * the acceptance day — the same figures the approval letter prints, so the screen never guesses.
 */
export function LoanComputationPanel({ detail, offer }: { detail: ApplicationDetail; offer: LoanOffer }) {
  const { t, i18n } = useTranslation();
  const yuan = (fen: number) => `${formatYuan(fen, i18n.language)} ${t('review.loan.yuan')}`;
  const requestedTerm = formOf(detail).details.termMonths;
  const schedule = offer.schedule;
  const rows: [string, string][] = [
    [t('review.loan.requested'), detail.amountFen === null ? '—' : yuan(detail.amountFen)],
    [t('review.loan.quota'), `${yuan(offer.quota.amountFen)} (${t('review.loan.bindingIs', { limit: t(`review.loan.limits.${offer.quota.binding}`) })})`],
    [t('review.loan.offer'), yuan(offer.amountFen)],
    [
      t('review.loan.term'),
      typeof requestedTerm === 'number'
        ? t('review.loan.termValue', { months: offer.termMonths, requested: requestedTerm, limit: t(`review.loan.termLimits.${offer.term.binding}`) })
        : t('review.loan.termOnly', { months: offer.termMonths, limit: t(`review.loan.termLimits.${offer.term.binding}`) }),
    ],
    [t('review.loan.rate'), `${(offer.annualRatePpm / 10_000).toFixed(2)}%`],
  ];
  if (schedule) {
    rows.push(
      [t('review.loan.method'), t(`review.loan.methods.${schedule.method}`)],
      [t('review.loan.firstPayment'), yuan(schedule.firstPaymentFen)],
      ...(schedule.lastPaymentFen === schedule.firstPaymentFen ? [] : [[t('review.loan.lastPayment'), yuan(schedule.lastPaymentFen)] as [string, string]]),
      [t('review.loan.totalInterest'), yuan(schedule.totalInterestFen)],
      [t('review.loan.totalPayment'), yuan(schedule.totalPaymentFen)],
    );
  }
  return (
    <Section title={t('review.loan.title')} testId="loan-computation">
      {offer.needsExtraApproval && <Alert severity="warning" sx={{ mb: 1 }} data-testid="loan-extra-approval">{t('review.loan.needsExtraApproval')}</Alert>}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>{value}</Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 1 }} aria-label={t('review.loan.limitsLabel')}>
        {offer.quota.candidates.map((c) => (
          <Chip
            key={c.limit}
            size="small"
            variant={c.limit === offer.quota.binding ? 'filled' : 'outlined'}
            color={c.limit === offer.quota.binding ? 'primary' : 'default'}
            label={`${t(`review.loan.limits.${c.limit}`)}: ${yuan(c.amountFen)}`}
          />
        ))}
      </Box>
    </Section>
  );
}
