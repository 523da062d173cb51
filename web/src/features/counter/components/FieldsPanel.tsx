import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantView, DraftPage } from '../counter-types';
import { fieldValue, mismatches } from '../draft-rules';
import type { DraftDispatch } from '../hooks/use-counter-draft';

/** The selected page beside its OCR fields; the focused field's box is outlined on the image. */
export function FieldsPanel({ page, applicant, idNumber, dispatch }: { page: DraftPage | undefined; applicant: ApplicantView | undefined; idNumber: string; dispatch: DraftDispatch }) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  if (!page?.page) {
    return (
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Typography variant="body2" color="text.secondary">{t('counter.fields.none')}</Typography>
      </Paper>
    );
  }
  const { page: read } = page;
  const wrong = new Map(mismatches(page, applicant, idNumber).map((m) => [m.key, m.kind]));
  const box = read.fields.find((f) => f.key === focused)?.box;
  const confirm = (key: string, value: string) => {
    dispatch({ type: 'confirm', localId: page.localId, key, value });
    // Enter moves to the next field still waiting for the clerk.
    const next = read.fields.find((f) => f.key !== key && f.needsConfirmation && !page.confirmed.includes(f.key));
    if (next) inputs.current.get(next.key)?.focus();
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'grid', gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)', gap: 1.5 }} component="section" aria-labelledby="fields-heading" data-testid="fields">
      <Box sx={{ position: 'relative', alignSelf: 'start' }}>
        <img src={`/files/${read.sha256}`} alt={t('counter.fields.image')} style={{ width: '100%', display: 'block' }} />
        {box && (
          <svg viewBox={`0 0 ${read.width} ${read.height}`} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }} aria-hidden>
            <rect x={box.x - 6} y={box.y - 6} width={box.w + 12} height={box.h + 12} fill="rgba(255,193,7,0.25)" stroke="#f57c00" strokeWidth={Math.max(3, read.width / 300)} />
          </svg>
        )}
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography variant="h2" id="fields-heading" sx={{ fontSize: 16 }}>
          {t('counter.fields.title')} · {t(`counter.kinds.${read.classification.kind}`)} ({Math.round(read.classification.confidence * 100)}%)
        </Typography>
        {read.fields.length === 0 && <Typography variant="body2" color="text.secondary">{t('counter.fields.noFields')}</Typography>}
        {read.fields.map((f) => {
          const pending = f.needsConfirmation && !page.confirmed.includes(f.key);
          const mismatch = wrong.get(f.key);
          return (
            <Box key={`${page.localId}:${f.key}`} sx={{ display: "flex", alignItems: "flex-start", gap: 0.5 }}>
              <TextField
                size="small"
                fullWidth
                label={t(`counter.fieldNames.${f.key}`, { defaultValue: f.key })}
                defaultValue={fieldValue(page, f.key)}
                color={pending ? 'warning' : undefined}
                focused={pending || undefined}
                error={Boolean(mismatch)}
                helperText={mismatch ? t(`counter.mismatch.${mismatch}`) : pending ? t('counter.fields.confirmHint', { confidence: f.confidence }) : undefined}
                inputRef={(el: HTMLInputElement | null) => void (el ? inputs.current.set(f.key, el) : inputs.current.delete(f.key))}
                onFocus={() => setFocused(f.key)}
                onBlur={(e) => e.target.value !== fieldValue(page, f.key) && dispatch({ type: 'confirm', localId: page.localId, key: f.key, value: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    confirm(f.key, (e.target as HTMLInputElement).value);
                  }
                }}
                slotProps={{ htmlInput: { 'data-testid': `field-${f.key}`, 'data-pending': pending ? 'true' : 'false' } }}
              />
              {pending ? (
                <IconButton size="small" color="warning" aria-label={t('counter.fields.confirm')} onClick={() => confirm(f.key, inputs.current.get(f.key)?.value ?? f.value)}>
                  <WarningAmberIcon fontSize="small" />
                </IconButton>
              ) : (
                <CheckCircleIcon fontSize="small" color="success" sx={{ m: 1 }} aria-label={t('counter.fields.confirmed')} />
              )}
            </Box>
          );
        })}
        {wrong.size > 0 && <Chip color="error" size="small" label={t('counter.fields.mismatchNote')} sx={{ alignSelf: 'start' }} />}
      </Box>
    </Paper>
  );
}
