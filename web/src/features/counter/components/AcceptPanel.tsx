import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { Readiness } from '../draft-rules';
import type { DetailField } from '../intake-form';

export function AcceptPanel(props: {
  fields: readonly DetailField[];
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
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5, pt: 0.5 }} data-testid="details">
        {props.fields.map((f) => (
          <DetailInput key={f.name} field={f} value={props.details[f.name] ?? ''} invalid={props.invalid.includes(f.name)} onChange={(v) => props.onDetail(f.name, v)} />
        ))}
      </Box>
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

const PLACEHOLDER: Partial<Record<DetailField['kind'], string>> = { date: 'YYYY-MM-DD', yuan: '0.00', count: '0' };
const INPUT_MODE: Partial<Record<DetailField['kind'], 'tel' | 'decimal' | 'numeric'>> = { mobile: 'tel', yuan: 'decimal', count: 'numeric' };

/** One detail: typed, or chosen from a list (a loan's repayment method, yes or no). Red once it holds something the schema refuses. */
function DetailInput({ field: f, value, invalid, onChange }: { field: DetailField; value: string; invalid: boolean; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const label = `${t(`counter.details.${f.name}`)}${f.optional ? t('counter.details.optional') : ''}`;
  const options = f.kind === 'flag' ? ['true', 'false'] : f.kind === 'choice' ? (f.options ?? []) : null;
  const optionLabel = (o: string) => (f.kind === 'flag' ? t(o === 'true' ? 'counter.business.yes' : 'counter.business.no') : t(`counter.details.options.${f.name}.${o}`));
  return (
    <TextField
      size="small"
      select={options !== null}
      label={label}
      title={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(value) && invalid}
      placeholder={PLACEHOLDER[f.kind] ?? ''}
      // Labels stay above the box: a loan's long names fit whole, and the format hint shows.
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `detail-${f.name}`, inputMode: INPUT_MODE[f.kind] ?? 'text' } }}
    >
      {options?.map((o) => <MenuItem key={o} value={o}>{optionLabel(o)}</MenuItem>)}
    </TextField>
  );
}
