import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../hooks/use-decide';
import { ruleMessage } from '../review-format';

/** Reasons a reviewer finds in the papers themselves; the failed rules' codes come first. */
export const REVIEW_REASON_CODES = ['review.documents_forged', 'review.documents_illegible', 'review.documents_inconsistent', 'review.not_eligible', 'review.other'] as const;

interface Props {
  open: boolean;
  pending: boolean;
  failedCodes: readonly string[];
  onClose: () => void;
  onDecide: (decision: Decision) => void;
}

export function RejectDialog({ open, pending, failedCodes, onClose, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  const [codes, setCodes] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const options = [...new Set([...failedCodes, ...REVIEW_REASON_CODES])];
  const label = (code: string) => (code.startsWith('review.') ? t(`review.reasons.${code}`) : ruleMessage(code, {}, i18n.language));
  const toggle = (code: string) => setCodes((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onDecide({ decision: 'reject', reasonCodes: codes, missingItems: [], ...(comment.trim() ? { comment: comment.trim() } : {}) });
        }}
      >
        <DialogTitle>{t('review.decide.rejectTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary">{t('review.decide.rejectHint')}</Typography>
          <FormGroup>
            {options.map((code) => (
              <FormControlLabel key={code} control={<Checkbox checked={codes.includes(code)} onChange={() => toggle(code)} />} label={label(code)} />
            ))}
          </FormGroup>
          <TextField fullWidth multiline minRows={2} margin="dense" label={t('review.decide.comment')} value={comment} onChange={(e) => setComment(e.target.value)} slotProps={{ htmlInput: { maxLength: 2000 } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>{t('review.common.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" loading={pending} disabled={codes.length === 0}>{t('review.decide.reject')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
