import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { appErrorMessage } from '../../../lib/app-error';
import { Brand } from '../../../ui/Brand';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { homePathFor } from '../../shell/nav';
import { useSession } from '../hooks/use-session';
import { useSignIn } from '../hooks/use-sign-in';
import { readSignInState } from '../sign-in-state';

const NOTICE_KEYS = { expired: 'auth.login.sessionExpired', signed_out: 'auth.login.signedOut' } as const;

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { data: session } = useSession();
  const form = useSignIn();
  const { reason, from } = readSignInState(location.state);

  if (session?.status === 'signed-in') return <Navigate to={from ?? homePathFor(session.me.role)} replace />;

  // Once the person has tried again, the server's answer replaces the notice they arrived with.
  const notice = !form.error && reason && reason !== 'required' ? t(NOTICE_KEYS[reason]) : null;

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Box component="header" sx={{ display: 'flex', justifyContent: 'flex-end', p: 2 }}>
        <LanguageSwitch />
      </Box>
      <Box component="main" sx={{ flex: 1, display: 'grid', placeItems: 'center', px: 2, pb: 10 }}>
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: 400, p: 4 }}>
          <Brand />
          <Typography variant="h1" sx={{ mt: 3, mb: 2 }}>{t('auth.login.title')}</Typography>
          {notice && <Alert severity="info" sx={{ mb: 2 }}>{notice}</Alert>}
          {form.error && (
            <Alert severity="error" role="alert" data-testid="sign-in-error" sx={{ mb: 2 }}>
              {appErrorMessage(form.error, t, i18n.language)}
            </Alert>
          )}
          <Box component="form" noValidate onSubmit={form.submit} sx={{ display: 'grid', gap: 2 }}>
            <TextField
              label={t('auth.login.username')}
              name="username"
              autoComplete="username"
              autoFocus
              required
              fullWidth
              value={form.username}
              onChange={(event) => form.setUsername(event.target.value)}
              error={Boolean(form.fieldErrors.username)}
              helperText={form.fieldErrors.username ? t(form.fieldErrors.username) : undefined}
              slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
            />
            <TextField
              label={t('auth.login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              fullWidth
              inputRef={form.passwordRef}
              value={form.password}
              onChange={(event) => form.setPassword(event.target.value)}
              error={Boolean(form.fieldErrors.password)}
              helperText={form.fieldErrors.password ? t(form.fieldErrors.password) : undefined}
            />
            <Button type="submit" variant="contained" size="medium" fullWidth loading={form.pending} loadingPosition="start">
              {form.pending ? t('auth.login.submitting') : t('auth.login.submit')}
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>{t('auth.login.hint')}</Typography>
        </Paper>
      </Box>
    </Box>
  );
}
