import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import type { ProgressQuery } from '@onetrip/workflows';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { appErrorMessage } from '../../../lib/app-error';
import { useTRPCClient } from '../../../lib/trpc';
import { PublicPage } from '../../../ui/PublicPage';
import { ProgressResult } from '../components/ProgressResult';
import { readProgressForm, receiptFromSearch, type ProgressFormErrors } from '../progress-form';

/**
 * The public progress lookup (no sign-in): the receipt's QR code opens it with the receipt number
 * filled in, the applicant adds the last four characters of the ID number. Each lookup counts
 * against the API's limits, so it is sent only when asked for and never retried or refetched.
 */
export function ProgressPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useTRPCClient();
  const fromQr = receiptFromSearch(location.search);
  const [receiptNo, setReceiptNo] = useState(fromQr);
  const [idLast4, setIdLast4] = useState('');
  const [fieldErrors, setFieldErrors] = useState<ProgressFormErrors>({});
  const lookup = useMutation({ mutationFn: (query: ProgressQuery) => client.progress.lookup.query(query) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const form = readProgressForm({ receiptNo, idLast4 });
    if (!form.ok) {
      setFieldErrors(form.errors);
      lookup.reset();
      return;
    }
    setFieldErrors({});
    // The receipt stays in the address (it is printed on paper anyway); the ID digits never do.
    void navigate({ search: `?receipt=${encodeURIComponent(form.query.receiptNo)}` }, { replace: true });
    lookup.mutate(form.query);
  };

  return (
    <PublicPage maxWidth={560}>
      <Paper variant="outlined" sx={{ p: { xs: 2.5, sm: 4 } }}>
        <Typography variant="h1" sx={{ mb: 1 }}>{t('progress.title')}</Typography>
        <Typography color="text.secondary" sx={{ mb: 2.5 }}>{t('progress.intro')}</Typography>
        <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 9.5em' }, gap: 2, alignItems: 'start' }}>
          <TextField
            label={t('progress.receiptNo')}
            name="receiptNo"
            value={receiptNo}
            onChange={(e) => setReceiptNo(e.target.value)}
            autoFocus={!fromQr}
            required
            error={Boolean(fieldErrors.receiptNo)}
            helperText={fieldErrors.receiptNo ? t(fieldErrors.receiptNo) : t('progress.receiptNoHint')}
            slotProps={{ htmlInput: { maxLength: 32, autoCapitalize: 'characters', spellCheck: false, autoComplete: 'off' } }}
          />
          <TextField
            label={t('progress.idLast4')}
            name="idLast4"
            value={idLast4}
            onChange={(e) => setIdLast4(e.target.value)}
            autoFocus={Boolean(fromQr)}
            required
            error={Boolean(fieldErrors.idLast4)}
            helperText={fieldErrors.idLast4 ? t(fieldErrors.idLast4) : t('progress.idLast4Hint')}
            slotProps={{ htmlInput: { maxLength: 4, autoCapitalize: 'characters', spellCheck: false, autoComplete: 'off' } }}
          />
          {/* Loading disables the only submit button, so a second Enter sends nothing (each lookup spends a try). */}
          <Button type="submit" variant="contained" loading={lookup.isPending} sx={{ gridColumn: '1 / -1', justifySelf: 'start', minWidth: 120 }}>
            {t('progress.submit')}
          </Button>
        </Box>
        {lookup.isError && (
          <Alert severity="error" role="alert" data-testid="progress-error" sx={{ mt: 2.5 }}>
            {appErrorMessage(lookup.error, t, i18n.language)}
          </Alert>
        )}
        {lookup.isSuccess && (
          <Box sx={{ mt: 3 }}>
            <ProgressResult progress={lookup.data} />
          </Box>
        )}
      </Paper>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, px: 1 }}>{t('progress.help')}</Typography>
    </PublicPage>
  );
}
