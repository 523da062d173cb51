import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApprovalLetterQuery } from '../review.queries';
import { Section } from './Section';

function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** The 贷款审批书 once the letter job has issued it, and what happens next (the contract signing). */
export function ApprovalLetterPanel({ applicationId, receiptNo }: { applicationId: string; receiptNo: string | null }) {
  const { t } = useTranslation();
  const letter = useApprovalLetterQuery(applicationId, true);
  const url = useMemo(() => (letter.data ? pdfUrl(letter.data.pdfBase64) : null), [letter.data]);
  return (
    <Section title={t('review.letter.title')} testId="approval-letter">
      {!url && (
        <Box>
          <Typography variant="body2" color="text.secondary">{t('review.letter.waiting')}</Typography>
          <LinearProgress sx={{ mt: 1 }} aria-label={t('review.letter.waiting')} />
        </Box>
      )}
      {url && letter.data && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Alert severity="success" data-testid="letter-issued">{t('review.letter.issued')}</Alert>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<DownloadIcon />} href={url} download={`approval-letter-${receiptNo ?? applicationId}.pdf`}>
              {t('review.letter.download')}
            </Button>
            <Button href={url} target="_blank" rel="noopener">{t('review.letter.open')}</Button>
          </Box>
          <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>SHA-256 {letter.data.sha256}</Typography>
          <Typography variant="body2">{t('review.letter.nextStep')}</Typography>
        </Box>
      )}
    </Section>
  );
}
