import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { Receipt } from '../counter-types';

export function ReceiptPanel({ receipt, printError, onReprint, onNext }: { receipt: Receipt; printError: unknown; onReprint: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert severity="success" data-testid="receipt" action={<Button color="inherit" onClick={onNext} autoFocus data-testid="next-applicant">{t('counter.receipt.next')}</Button>}>
      <Typography variant="subtitle1" component="div" sx={{ fontWeight: 600 }}>
        {t('counter.receipt.accepted', { receiptNo: receipt.receiptNo })}
      </Typography>
      <Typography variant="body2" data-testid="receipt-due">{t('counter.receipt.due', { date: receipt.dueOn, days: receipt.slaWorkingDays })}</Typography>
      <Box sx={{ mt: 0.5 }}>
        <Button size="small" color="inherit" variant="outlined" onClick={onReprint} data-testid="reprint">{t('counter.receipt.reprint')}</Button>
      </Box>
      {printError ? <ErrorNotice error={printError} /> : null}
    </Alert>
  );
}
