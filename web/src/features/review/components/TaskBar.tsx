import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { claimedByOther, fourEyesDetails, type ApplicationDetail } from '../application-view';
import type { useDecideScreen } from '../hooks/use-decide-screen';
import { businessTypeName, SLA_COLOR } from '../review-format';

type Screen = ReturnType<typeof useDecideScreen>;

const Kbd = ({ k }: { k: string }) => (
  <Box component="kbd" sx={{ ml: 0.75, fontFamily: 'monospace', opacity: 0.8 }}>{k}</Box>
);

/** A refusal explained: four eyes names the earlier step and when; a claim race names who holds the task. */
function Refusal({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const fourEyes = fourEyesDetails(error);
  if (fourEyes) {
    return (
      <Alert severity="warning" role="alert" data-testid="four-eyes">
        {t('review.fourEyes', {
          earlierStep: t(`review.steps.${fourEyes.earlierStep}`, { defaultValue: fourEyes.earlierStep }),
          step: t(`review.steps.${fourEyes.step}`, { defaultValue: fourEyes.step }),
          at: fourEyes.earlierAt ? formatShanghaiDateTime(fourEyes.earlierAt, i18n.language) : '',
        })}
      </Alert>
    );
  }
  const other = claimedByOther(error);
  if (other?.by) {
    return <Alert severity="info" role="alert">{t('review.claimedBy', { name: other.by, since: formatShanghaiDateTime(other.since, i18n.language) })}</Alert>;
  }
  return <ErrorNotice error={error} />;
}

function Heading({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', minWidth: 0 }}>
      <Typography variant="h1" sx={{ fontSize: '1.25rem' }} noWrap>
        {businessTypeName(detail.businessType, i18n.language)} · {detail.applicant.name}
      </Typography>
      <Typography color="text.secondary" data-testid="receipt-no">{detail.receiptNo}</Typography>
      {detail.step && <Chip size="small" label={t(`review.steps.${detail.step}`, { defaultValue: detail.step })} />}
      <Chip size="small" color="primary" variant="outlined" label={t(`review.status.${detail.status}`, { defaultValue: detail.status })} data-testid="application-status" data-status={detail.status} />
      {detail.sla && (
        <Chip
          size="small"
          variant="outlined"
          color={detail.sla.status in SLA_COLOR ? SLA_COLOR[detail.sla.status as keyof typeof SLA_COLOR] : 'default'}
          label={t('review.slaDeadline', { status: t(`review.sla.${detail.sla.status}`, { defaultValue: detail.sla.status }), deadline: detail.sla.deadline, days: detail.sla.workingDaysLeft })}
        />
      )}
    </Box>
  );
}

export function TaskBar({ screen }: { screen: Screen }) {
  const { t, i18n } = useTranslation();
  const { detail, task, mine, decide, claim, release, next } = screen;
  if (!detail) return null;
  const holder = task?.assignee && !mine ? task.assignee : null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<ArrowBackIcon />} onClick={screen.backToQueue}>
          {t('review.backToQueue')}
          <Kbd k="Q" />
        </Button>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Heading detail={detail} />
        </Box>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="task-bar">
        {mine && (
          <>
            <Button variant="contained" color="success" onClick={() => screen.open('approve')} disabled={decide.pending} aria-keyshortcuts="A" data-testid="approve">
              {t('review.decide.approve')}
              <Kbd k="A" />
            </Button>
            <Button variant="outlined" color="warning" onClick={() => screen.open('return')} disabled={decide.pending} aria-keyshortcuts="R" data-testid="return">
              {t('review.decide.return')}
              <Kbd k="R" />
            </Button>
            <Button variant="outlined" color="error" onClick={() => screen.open('reject')} disabled={decide.pending} aria-keyshortcuts="X" data-testid="reject">
              {t('review.decide.reject')}
              <Kbd k="X" />
            </Button>
            <Button onClick={() => release.release(screen.taskId)} loading={release.pending} data-testid="release">{t('review.release')}</Button>
          </>
        )}
        {task && !mine && !holder && (
          <Button variant="contained" onClick={() => claim.claim(task.id)} loading={claim.pending} aria-keyshortcuts="C" data-testid="claim">
            {t('review.claim')}
            <Kbd k="C" />
          </Button>
        )}
        {holder && (
          <Alert severity="info" data-testid="claimed-by-other" sx={{ py: 0 }}>
            {t('review.claimedBy', { name: holder.name ?? '', since: formatShanghaiDateTime(holder.since, i18n.language) })}
          </Alert>
        )}
        {!task && <Typography color="text.secondary" data-testid="no-open-task">{t('review.noOpenTask')}</Typography>}
        <Box sx={{ flex: 1 }} />
        <FormControlLabel control={<Switch checked={screen.autoNext} onChange={(e) => screen.setAutoNext(e.target.checked)} />} label={t('review.autoNext')} />
        <Button variant="outlined" onClick={next.claimNext} loading={next.pending} aria-keyshortcuts="N" data-testid="claim-next">
          {t('review.claimNext')}
          <Kbd k="N" />
        </Button>
      </Box>
      {claim.error && <Refusal error={claim.error} />}
      {decide.error && <Refusal error={decide.error} />}
      {release.error && <Refusal error={release.error} />}
      {next.error && <Refusal error={next.error} />}
      {next.empty && <Alert severity="info" role="status">{t('review.nothingToClaim')}</Alert>}
    </Box>
  );
}
