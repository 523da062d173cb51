import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useMe } from '../../auth/hooks/use-session';
import type { ChecklistLine, DraftPage } from '../counter-types';

export function PageThumb(props: {
  page: DraftPage;
  index: number;
  lines: readonly ChecklistLine[];
  selected: boolean;
  onSelect: () => void;
  onMaterial: (materialId: string | null) => void;
  onRescan: () => void;
  actions: { label: string; icon: ReactNode; onClick: () => void; disabled: boolean }[];
}) {
  const { t, i18n } = useTranslation();
  // a refusal for size names the server's limit (UPLOAD_MAX_MB)
  const limitMb = useMe().limits.uploadBytes / (1024 * 1024);
  const { page: p } = props;
  const warnings = p.page?.quality ?? [];
  const options = props.lines.filter((l) => l.status !== 'not_needed');
  return (
    <Box
      data-testid={`page-${props.index}`}
      data-status={p.status}
      sx={{ border: 2, borderColor: props.selected ? 'primary.main' : 'divider', borderRadius: 1, p: 0.75, display: 'flex', flexDirection: 'column', gap: 0.5, height: '100%' }}
    >
      <Box
        component="button"
        type="button"
        onClick={props.onSelect}
        aria-label={t('counter.capture.open', { n: props.index, name: p.fileName })}
        sx={{ all: 'unset', cursor: 'pointer', height: 110, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'action.hover', overflow: 'hidden', '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
      >
        {p.page ? (
          <img src={`/files/${p.page.sha256}`} alt="" style={{ maxWidth: '100%', maxHeight: 110 }} />
        ) : (
          <Typography variant="caption" color="text.secondary">{p.fileName}</Typography>
        )}
      </Box>
      {p.status === 'reading' && <LinearProgress aria-label={t('counter.capture.reading')} />}
      <Typography variant="caption" noWrap title={p.fileName}>{props.index}. {p.status === 'reading' ? t('counter.capture.reading') : p.fileName}</Typography>
      {p.errorCode && (
        <Alert severity="error" sx={{ py: 0, fontSize: 12 }} data-testid="page-error">{t(`errors.${p.errorCode}`, { limitMb, defaultValue: t('errors.common.unexpected', { code: p.errorCode }) })}</Alert>
      )}
      {warnings.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }} data-testid="quality">
          {warnings.map((w) => <Chip key={w.code} size="small" color="warning" label={t(`counter.quality.${w.code.replace('quality.', '')}`)} />)}
        </Box>
      )}
      {p.status === 'ready' && (
        <TextField
          select
          size="small"
          label={t('counter.capture.material')}
          value={p.materialId ?? ''}
          onChange={(e) => props.onMaterial(e.target.value || null)}
          error={!p.materialId}
          slotProps={{ htmlInput: { 'data-testid': 'material-select' } }}
          // Material names are long ("Applicant's own Class-I bank card"): wrapped whole, never cut.
          sx={{ '& .MuiSelect-select': { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
        >
          <MenuItem value="">{t('counter.capture.unassigned')}</MenuItem>
          {options.map((l) => <MenuItem key={l.materialId} value={l.materialId}>{localizedName(i18n.language, l.name.zh, l.name.en)}</MenuItem>)}
        </TextField>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', mt: 'auto' }}>
        {props.actions.map((a) => (
          <Tooltip key={a.label} title={a.label}>
            <span>
              <IconButton size="small" aria-label={a.label} onClick={a.onClick} disabled={a.disabled}>{a.icon}</IconButton>
            </span>
          </Tooltip>
        ))}
        {(warnings.length > 0 || p.status === 'failed') && (
          <Button size="small" color="warning" onClick={props.onRescan} sx={{ ml: 'auto', minWidth: 0 }}>{t('counter.capture.rescan')}</Button>
        )}
      </Box>
    </Box>
  );
}
