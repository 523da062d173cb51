import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { CATALOGUE, formatMessage, type BusinessType, type BusinessTypeCode } from '@onetrip/workflows';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { ChecklistLine, DraftPage, Prepared } from '../counter-types';
import { EvidenceDialog } from './EvidenceDialog';

const COUNTER_TYPES = CATALOGUE.filter((b) => b.channels.includes('counter'));

export function BusinessPanel(props: {
  businessType: BusinessTypeCode | null;
  onBusiness: (code: BusinessTypeCode | null) => void;
  answers: Readonly<Record<string, boolean>>;
  onAnswer: (fact: string, value: boolean) => void;
  prepared: Prepared | undefined;
  loading: boolean;
  error: unknown;
  pages: readonly DraftPage[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const msgLang = lang.startsWith('en') ? 'en' : 'zh';
  const [evidence, setEvidence] = useState<ChecklistLine | null>(null);
  const selected = COUNTER_TYPES.find((b) => b.code === props.businessType) ?? null;
  const lines = props.prepared?.checklist.items ?? [];
  const questions = [...new Map(lines.filter((l) => l.condition).map((l) => [l.condition!.fact, l.condition!])).values()];
  const failures = props.prepared?.eligibility.failures ?? [];
  const pagesFor = (id: string) => props.pages.filter((p) => p.materialId === id && p.status === 'ready').length;

  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 1 }} component="section" aria-labelledby="business-heading">
      <Typography variant="h2" id="business-heading" sx={{ fontSize: 16 }}>{t('counter.business.title')}</Typography>
      <Autocomplete<BusinessType>
        size="small"
        options={COUNTER_TYPES}
        value={selected}
        onChange={(_e, v) => props.onBusiness(v?.code ?? null)}
        getOptionLabel={(b) => `${localizedName(lang, b.name.zh, b.name.en)} · ${b.code}`}
        // Searchable in both languages and by code, whatever the interface language.
        filterOptions={(opts, { inputValue }) => {
          const q = inputValue.trim().toLowerCase();
          return q ? opts.filter((b) => [b.name.zh, b.name.en, b.code].some((s) => s.toLowerCase().includes(q))) : opts;
        }}
        renderInput={(params) => (
          <TextField {...params} label={t('counter.business.choose')} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'business-input' } }} />
        )}
        sx={{ maxWidth: 520 }}
      />
      {props.loading && <LinearProgress aria-label={t('counter.business.checking')} />}
      {props.error ? <ErrorNotice error={props.error} /> : null}
      {questions.length > 0 && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }} data-testid="questions">
          {questions.map((q) => (
            <Box key={q.fact} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <ToggleButtonGroup
                size="small"
                exclusive
                value={props.answers[q.fact] === undefined ? null : String(props.answers[q.fact])}
                onChange={(_e, v: string | null) => v !== null && props.onAnswer(q.fact, v === 'true')}
                aria-label={localizedName(lang, q.label.zh, q.label.en)}
              >
                <ToggleButton value="true" sx={{ py: 0.25 }}>{t('counter.business.yes')}</ToggleButton>
                <ToggleButton value="false" sx={{ py: 0.25 }}>{t('counter.business.no')}</ToggleButton>
              </ToggleButtonGroup>
              <Typography variant="body2">{localizedName(lang, q.label.zh, q.label.en)}</Typography>
            </Box>
          ))}
        </Box>
      )}
      {failures.length > 0 && (
        <Alert severity="error" data-testid="eligibility-failures">
          <strong>{t('counter.business.notEligible')}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {failures.map((f) => (
              <li key={f.code}>
                {formatMessage(f.code, f.params, msgLang)}
                {f.availableOn ? ` ${t('counter.business.availableOn', { date: f.availableOn })}` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {lines.length > 0 && (
        <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', fontSize: 14, '& td': { borderTop: 1, borderColor: 'divider', py: 0.5, pr: 1, verticalAlign: 'top' } }} data-testid="checklist">
          <tbody>
            {lines.map((l) => (
              <tr key={l.materialId} data-testid={`material-${l.materialId}`} data-status={l.status}>
                <td style={{ width: '40%' }}>{localizedName(lang, l.name.zh, l.name.en)}</td>
                <td><StatusCell line={l} onEvidence={() => setEvidence(l)} /></td>
                <td style={{ width: 90, textAlign: 'right' }}>
                  {(l.status === 'required' || l.status === 'ask') && (
                    <Chip size="small" color={pagesFor(l.materialId) ? 'success' : 'default'} label={t('counter.business.pages', { count: pagesFor(l.materialId) })} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
      <EvidenceDialog line={evidence} onClose={() => setEvidence(null)} />
    </Paper>
  );
}

function StatusCell({ line, onEvidence }: { line: ChecklistLine; onEvidence: () => void }) {
  const { t, i18n } = useTranslation();
  const source = (s: string) => t(`counter.sources.${s}`);
  if (line.status === 'waived' && line.waivedBy) {
    const at = line.waivedBy.evidence[0]?.at;
    return (
      <Chip
        size="small"
        color="success"
        variant="outlined"
        clickable
        onClick={onEvidence}
        data-testid="waived"
        label={t('counter.business.waived', { source: source(line.waivedBy.source), at: at ? new Date(at).toLocaleTimeString(i18n.language, { timeZone: 'Asia/Shanghai', hour12: false }) : '' })}
      />
    );
  }
  if (line.status === 'not_needed') return <Typography variant="body2" color="text.secondary">{t('counter.business.notNeeded')}</Typography>;
  if (line.because) return <Chip size="small" color="warning" label={t('counter.business.requiredBecause', { source: source(line.because.source) })} />;
  if (line.status === 'ask') return <Chip size="small" color="warning" variant="outlined" label={t('counter.business.ask')} />;
  return <Chip size="small" color="primary" variant="outlined" label={t('counter.business.required')} />;
}
