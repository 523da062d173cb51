import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../hooks/use-decide';

interface Props {
  open: boolean;
  pending: boolean;
  summary: string;
  onClose: () => void;
  onDecide: (decision: Decision) => void;
}

/** A: the approval is confirmed with Enter (the confirm button has the focus), so N, A, Enter decide a routine task. */
export function ApproveDialog({ open, pending, summary, onClose, onDecide }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onDecide({ decision: 'approve', reasonCodes: [], missingItems: [], ...(comment.trim() ? { comment: comment.trim() } : {}) });
        }}
      >
        <DialogTitle>{t('review.decide.approveTitle')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 1 }}>{summary}</Typography>
          <TextField fullWidth multiline minRows={2} label={t('review.decide.commentOptional')} value={comment} onChange={(e) => setComment(e.target.value)} slotProps={{ htmlInput: { maxLength: 2000 } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>{t('review.common.cancel')}</Button>
          <Button type="submit" variant="contained" color="success" loading={pending} autoFocus data-testid="confirm-approve">
            {t('review.decide.approve')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
