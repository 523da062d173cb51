import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Why a rejected payment is given up: the reversal records them on the application. */
export const REVERSAL_REASONS = ['card_invalid', 'account_closed', 'name_mismatch', 'applicant_request'] as const;

export function ReverseDialog({ applicationId, onClose, onSubmit }: { applicationId: string | null; onClose: () => void; onSubmit: (reasons: string[]) => void }) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState<string[]>([]);
  return (
    <Dialog open={applicationId !== null} onClose={onClose} aria-labelledby="reverse-title" slotProps={{ transition: { onExited: () => setReasons([]) } }}>
      <DialogTitle id="reverse-title">{t('transfers.reverseTitle', { id: applicationId ?? '' })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('transfers.reverseHint')}</Typography>
        <FormGroup>
          {REVERSAL_REASONS.map((r) => (
            <FormControlLabel
              key={r}
              label={t(`transfers.reason.${r}`)}
              control={<Checkbox checked={reasons.includes(r)} onChange={(e) => setReasons((s) => (e.target.checked ? [...s, r] : s.filter((x) => x !== r)))} />}
            />
          ))}
        </FormGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('transfers.close')}</Button>
        <Button variant="contained" color="warning" disabled={reasons.length === 0} onClick={() => onSubmit(reasons)} data-testid="reverse-submit">
          {t('transfers.requestReverse')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
