import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntry } from '../application-view';
import type { Decision } from '../hooks/use-decide';

interface Props {
  open: boolean;
  pending: boolean;
  materials: readonly ChecklistEntry[];
  onClose: () => void;
  onDecide: (decision: Decision) => void;
}

/** Return for supplement (一次性告知): tick every missing or defective item; the notice lists them all at once. */
export function ReturnDialog({ open, pending, materials, onClose, onDecide }: Props) {
  const { t, i18n } = useTranslation();
  const [ticked, setTicked] = useState<Record<string, string>>({});
  const [other, setOther] = useState('');
  const items = [
    ...Object.entries(ticked).map(([materialId, note]) => ({ materialId, ...(note.trim() ? { note: note.trim() } : {}) })),
    ...(other.trim() ? [{ note: other.trim() }] : []),
  ];
  const toggle = (id: string) =>
    setTicked((c) => {
      if (id in c) {
        const { [id]: _removed, ...rest } = c;
        return rest;
      }
      return { ...c, [id]: '' };
    });
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onDecide({ decision: 'return', reasonCodes: [], missingItems: items });
        }}
      >
        <DialogTitle>{t('review.decide.returnTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('review.decide.returnHint')}</Typography>
          {materials.map((m) => (
            <Box key={m.materialId}>
              <FormControlLabel control={<Checkbox checked={m.materialId in ticked} onChange={() => toggle(m.materialId)} />} label={i18n.language.startsWith('en') ? m.name.en : m.name.zh} />
              {m.materialId in ticked && (
                <TextField
                  size="small"
                  fullWidth
                  sx={{ pl: 4, mb: 1 }}
                  label={t('review.decide.whatIsWrong')}
                  value={ticked[m.materialId]}
                  onChange={(e) => setTicked((c) => ({ ...c, [m.materialId]: e.target.value }))}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
              )}
            </Box>
          ))}
          <TextField fullWidth margin="dense" label={t('review.decide.otherItem')} value={other} onChange={(e) => setOther(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>{t('review.common.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" loading={pending} disabled={items.length === 0}>
            {t('review.decide.returnCount', { n: items.length })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
