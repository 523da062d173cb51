import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ArchivePdfLink } from '../../archive/components/ArchivePdfLink';
import { ApplicationFacts } from '../components/ApplicationFacts';
import { ApprovalLetterPanel } from '../components/ApprovalLetterPanel';
import { ApproveDialog } from '../components/ApproveDialog';
import { ContractBookingPanel } from '../components/ContractBookingPanel';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { LoanComputationPanel } from '../components/LoanComputationPanel';
import { MaterialViewer } from '../components/MaterialViewer';
import { OcrComparison } from '../components/OcrComparison';
import { RejectDialog } from '../components/RejectDialog';
import { ReturnDialog } from '../components/ReturnDialog';
import { RuleChecks } from '../components/RuleChecks';
import { SharingEvidence } from '../components/SharingEvidence';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { TaskBar } from '../components/TaskBar';
import { useDecideScreen } from '../hooks/use-decide-screen';
import { businessTypeName, formatYuan } from '../review-format';

/** Letter statuses: the loan was finally approved (the letter job runs or has run). */
const LETTER_STATUSES = new Set(['approved', 'letter_issued', 'contract_booked', 'disbursed', 'closed']);
/** Contract statuses: the letter is out, so the signing can be booked or has been. */
const CONTRACT_STATUSES = new Set(['letter_issued', 'contract_booked', 'disbursed', 'closed']);

export function DecidePage() {
  const { t, i18n } = useTranslation();
  const screen = useDecideScreen();
  const { application, detail, dialog, decide } = screen;

  if (application.error) return <ErrorNotice error={application.error} onRetry={() => void application.refetch()} />;
  if (!detail) return <LinearProgress aria-label={t('app.loading')} />;

  const summary = `${businessTypeName(detail.businessType, i18n.language)} · ${detail.applicant.name} · ${detail.amountFen === null ? '' : `${formatYuan(detail.amountFen, i18n.language)} ${t('review.loan.yuan')}`}`;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, height: '100%', minHeight: 0 }}>
      <TaskBar screen={screen} />
      <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 2 }}>
        <Box sx={{ minHeight: 0 }}>
          <MaterialViewer viewer={screen.viewer} mismatches={detail.pages.mismatches} />
        </Box>
        <Box sx={{ minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 1.5, pr: 0.5 }} aria-label={t('review.applicationPane')} role="region">
          {screen.isLoan && LETTER_STATUSES.has(detail.status) && <ApprovalLetterPanel applicationId={detail.id} receiptNo={detail.receiptNo} />}
          {screen.isLoan && CONTRACT_STATUSES.has(detail.status) && <ContractBookingPanel detail={detail} />}
          <OcrComparison detail={detail} viewer={screen.viewer} />
          <RuleChecks detail={detail} />
          {detail.loanOffer && <LoanComputationPanel detail={detail} offer={detail.loanOffer} />}
          <ApplicationFacts detail={detail} />
          <ArchivePdfLink archive={detail.archive} receiptNo={detail.receiptNo} />
          <SharingEvidence detail={detail} />
          <HistoryTimeline detail={detail} />
        </Box>
      </Box>
      <ApproveDialog open={dialog === 'approve'} pending={decide.pending} summary={summary} onClose={screen.close} onDecide={decide.decide} />
      <RejectDialog open={dialog === 'reject'} pending={decide.pending} failedCodes={screen.failedCodes} onClose={screen.close} onDecide={decide.decide} />
      <ReturnDialog open={dialog === 'return'} pending={decide.pending} materials={screen.materials} onClose={screen.close} onDecide={decide.decide} />
      <ShortcutHelp open={dialog === 'help'} onClose={screen.close} />
    </Box>
  );
}
