import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import type { ApplicantView } from '../counter-types';
import { yuan } from '../money';

export function ApplicantPanel(props: {
  input: string;
  onInput: (v: string) => void;
  inputError: string | null;
  onLookup: () => void;
  applicant: ApplicantView | undefined;
  loading: boolean;
  error: unknown;
  inputRef: React.Ref<HTMLInputElement>;
}) {
  const { t, i18n } = useTranslation();
  const a = props.applicant;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} component="section" aria-labelledby="applicant-heading">
      <Typography variant="h2" id="applicant-heading" sx={{ fontSize: 16, mb: 1 }}>{t('counter.applicant.title')}</Typography>
      <Box component="form" sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} onSubmit={(e) => { e.preventDefault(); props.onLookup(); }}>
        <TextField
          size="small"
          label={t('counter.applicant.idNumber')}
          value={props.input}
          onChange={(e) => props.onInput(e.target.value)}
          error={Boolean(props.inputError)}
          helperText={props.inputError ?? t('counter.applicant.idHint')}
          inputRef={props.inputRef}
          slotProps={{ htmlInput: { 'data-testid': 'id-number-input', maxLength: 18, autoComplete: 'off', spellCheck: false } }}
          sx={{ width: 300 }}
        />
        <Button type="submit" variant="contained" disabled={props.loading} data-testid="lookup-button">{t('counter.applicant.lookup')}</Button>
      </Box>
      {props.error ? <Box sx={{ mt: 1 }}><ErrorNotice error={props.error} /></Box> : null}
      {a && (
        <Box data-testid="applicant-view" sx={{ mt: 1, display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 1, fontSize: 14 }}>
          <Info label={t('counter.applicant.name')} value={`${a.name} · ${t(`counter.applicant.sex.${a.sex}`)} · ${a.birthDate}`} testId="applicant-name" />
          <Info label={t('counter.applicant.idMasked')} value={`${a.idNumberMasked} · ${a.mobileMasked}`} />
          <Info
            label={t('counter.applicant.account')}
            value={a.account ? `${a.account.accountNo} · ${t(`counter.accountStatus.${a.account.status}`, { defaultValue: a.account.statusCode })}` : t('counter.applicant.noAccount')}
          />
          <Info label={t('counter.applicant.available')} value={a.account ? yuan(a.account.availableFen, i18n.language) : '—'} testId="applicant-available" />
          <Info
            label={t('counter.applicant.lastWithdrawal')}
            value={a.account?.lastWithdrawal ? `${a.account.lastWithdrawal.on} · ${yuan(a.account.lastWithdrawal.amountFen, i18n.language)}` : t('counter.applicant.never')}
          />
          <Info label={t('counter.applicant.employer')} value={a.account?.employer.name ?? '—'} />
          <Box sx={{ gridColumn: 'span 2' }}>
            <Typography variant="caption" color="text.secondary">{t('counter.applicant.loansAndCards')}</Typography>
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {a.loans.map((l) => <Chip key={l.loanNo} size="small" color={l.status === 'settled' ? 'default' : 'warning'} label={t('counter.applicant.loan', { no: l.loanNo, status: t(`counter.loanStatus.${l.status}`), outstanding: yuan(l.outstandingFen, i18n.language) })} />)}
              {a.bankCards.map((c) => <Chip key={c.cardMasked} size="small" variant="outlined" label={`${localizedName(i18n.language, c.bankName, c.bankEn)} ${c.cardMasked}${c.joint ? ` · ${t('counter.applicant.joint')}` : ''}`} />)}
              {!a.loans.length && !a.bankCards.length && <Typography variant="body2">—</Typography>}
            </Box>
          </Box>
        </Box>
      )}
    </Paper>
  );
}

function Info({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">{label}</Typography>
      {/* Wrapped, never cut: the masked mobile at the end of the line is what the clerk reads back. */}
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid={testId}>{value}</Typography>
    </Box>
  );
}
