import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import DeleteIcon from '@mui/icons-material/Delete';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistLine, DraftPage } from '../counter-types';
import type { DraftDispatch } from '../hooks/use-counter-draft';
import { PageThumb } from './PageThumb';

const ACCEPT = 'image/jpeg,image/png,image/tiff,application/pdf,.jpg,.jpeg,.png,.tif,.tiff,.pdf';

export function CapturePanel(props: {
  pages: readonly DraftPage[];
  lines: readonly ChecklistLine[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onFiles: (files: File[], materialId?: string | null) => void;
  onCamera: (materialId: string | null) => void;
  onRotate: (page: DraftPage) => void;
  dispatch: DraftDispatch;
}) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const rescanFor = useRef<string | null>(null);
  const [over, setOver] = useState(false);
  const { dispatch } = props;
  const pick = (materialId: string | null) => {
    rescanFor.current = materialId;
    picker.current?.click();
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="capture-heading"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); props.onFiles([...e.dataTransfer.files]); }}
      sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1, borderStyle: over ? 'dashed' : 'solid', borderColor: over ? 'primary.main' : 'divider' }}
      data-testid="capture"
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="capture-heading" sx={{ fontSize: 16, flex: 1 }}>{t('counter.capture.title')}</Typography>
        <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => pick(null)}>{t('counter.capture.files')}</Button>
        <Button size="small" variant="outlined" startIcon={<PhotoCameraIcon />} onClick={() => props.onCamera(null)} data-testid="camera-button">{t('counter.capture.camera')}</Button>
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            props.onFiles([...(e.target.files ?? [])], rescanFor.current);
            e.target.value = '';
          }}
        />
      </Box>
      {props.pages.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>{t('counter.capture.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 1 }}>
          {props.pages.map((p, i) => (
            <li key={p.localId}>
              <PageThumb
                page={p}
                index={i + 1}
                lines={props.lines}
                selected={p.localId === props.selectedId}
                onSelect={() => props.onSelect(p.localId)}
                onMaterial={(materialId) => dispatch({ type: 'page', localId: p.localId, change: { materialId } })}
                actions={[
                  { label: t('counter.capture.moveLeft'), icon: <ArrowBackIcon fontSize="inherit" />, onClick: () => dispatch({ type: 'move', localId: p.localId, by: -1 }), disabled: i === 0 },
                  { label: t('counter.capture.moveRight'), icon: <ArrowForwardIcon fontSize="inherit" />, onClick: () => dispatch({ type: 'move', localId: p.localId, by: 1 }), disabled: i === props.pages.length - 1 },
                  { label: t('counter.capture.rotate'), icon: <RotateRightIcon fontSize="inherit" />, onClick: () => props.onRotate(p), disabled: p.status !== 'ready' },
                  { label: t('counter.capture.delete'), icon: <DeleteIcon fontSize="inherit" />, onClick: () => dispatch({ type: 'remove', localId: p.localId }), disabled: p.status === 'reading' },
                ]}
                onRescan={() => {
                  dispatch({ type: 'remove', localId: p.localId });
                  pick(p.materialId);
                }}
              />
            </li>
          ))}
        </Box>
      )}
    </Paper>
  );
}
