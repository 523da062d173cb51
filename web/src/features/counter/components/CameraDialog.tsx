import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCamera } from '../hooks/use-camera';

/** Live preview; Space or the button takes a page, the dialog stays open for the next one. */
export function CameraDialog({ open, onClose, onCapture }: { open: boolean; onClose: () => void; onCapture: (blob: Blob) => void }) {
  const { t } = useTranslation();
  const { video, error, ready, capture } = useCamera(open);
  const [taken, setTaken] = useState(0);
  const take = async () => {
    const blob = await capture();
    if (blob) {
      onCapture(blob);
      setTaken((n) => n + 1);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      onKeyDown={(e) => {
        if (e.key === ' ' && ready) {
          e.preventDefault();
          void take();
        }
      }}
    >
      <DialogTitle>{t('counter.camera.title')}</DialogTitle>
      <DialogContent dividers>
        {error ? <Alert severity="error">{t(`counter.${error}`)}</Alert> : null}
        <video ref={video} muted playsInline data-testid="camera-preview" style={{ width: '100%', maxHeight: 480, background: '#111', display: error ? 'none' : 'block' }} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('counter.camera.hint', { count: taken })}</Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('counter.camera.close')}</Button>
        <Button variant="contained" onClick={() => void take()} disabled={!ready} autoFocus data-testid="camera-capture">{t('counter.camera.capture')}</Button>
      </DialogActions>
    </Dialog>
  );
}
