import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { Readiness } from '../draft-rules';
import type { DetailField } from '../intake-form';

export function AcceptPanel(props: {
  fields: readonly DetailField[] | null;
  details: Readonly<Record<string, string>>;
  invalid: readonly string[];
  onDetail: (name: string, value: string) => void;
  readiness: Readiness;
  accepting: boolean;
  acceptError: unknown;
  onAccept: () => void;
  printingNotice: boolean;
  noticeError: unknown;
  onNotice: () => void;
}) {
  const { t, i18n } = useTranslation();
  const r = props.readiness;
  const blockers = [
    ...(r.missing.length ? [t('counter.accept.missing', { list: r.missing.map((m) => localizedName(i18n.language, m.name.zh, m.name.en)).join(t('counter.accept.listSeparator')) })] : []),
    ...(r.reading ? [t('counter.accept.reading', { count: r.reading })] : []),
    ...(r.unassigned ? [t('counter.accept.unassigned', { count: r.unassigned })] : []),
    ...(r.unconfirmed ? [t('counter.accept.unconfirmed', { count: r.unconfirmed })] : []),
    ...(props.invalid.length ? [t('counter.accept.details')] : []),
  ];
  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1 }} component="section" aria-labelledby="accept-heading">
      <Typography variant="h2" id="accept-heading" sx={{ fontSize: 16 }}>{t('counter.accept.title')}</Typography>
      {props.fields === null ? (
        <Alert severity="info">{t('counter.accept.noCounterForm')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 1 }}>
          {props.fields.map((f) => (
            <TextField
              key={f.name}
              size="small"
              label={t(`counter.details.${f.name}`)}
              value={props.details[f.name] ?? ''}
              onChange={(e) => props.onDetail(f.name, e.target.value)}
              error={Boolean(props.details[f.name]) && props.invalid.includes(f.name)}
              placeholder={f.kind === 'date' ? 'YYYY-MM-DD' : f.kind === 'yuan' ? '0.00' : ''}
              slotProps={{ htmlInput: { 'data-testid': `detail-${f.name}`, inputMode: f.kind === 'text' ? 'tel' : f.kind === 'yuan' ? 'decimal' : 'text' } }}
            />
          ))}
        </Box>
      )}
      {blockers.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary', fontSize: 14 }} data-testid="blockers">
          {blockers.map((b) => <li key={b}>{b}</li>)}
        </Box>
      )}
      {props.acceptError ? <ErrorNotice error={props.acceptError} /> : null}
      {props.noticeError ? <ErrorNotice error={props.noticeError} /> : null}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button
          variant="contained"
          size="large"
          disabled={!r.ready || props.accepting}
          onClick={props.onAccept}
          data-testid="accept-button"
          startIcon={props.accepting ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {props.accepting ? t('counter.accept.accepting') : t('counter.accept.accept')}
        </Button>
        <Button variant="outlined" size="large" disabled={!r.missing.length || props.printingNotice} onClick={props.onNotice} data-testid="notice-button">
          {t('counter.accept.notice')}
        </Button>
      </Box>
    </Paper>
  );
}
