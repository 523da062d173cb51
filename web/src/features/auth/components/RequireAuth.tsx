import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { CenteredMessage } from '../../../ui/CenteredMessage';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSession } from '../hooks/use-session';
import type { SignInState } from '../sign-in-state';

/** Screens behind it need a session; without one the person goes to sign-in and comes back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useSession();
  const location = useLocation();

  if (data?.status === 'signed-out') {
    // After a deliberate sign-out the next person starts from their own home page.
    const state: SignInState = {
      reason: data.reason,
      from: data.reason === 'signed_out' ? undefined : `${location.pathname}${location.search}`,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (data?.status === 'signed-in') return children;
  if (error) {
    return (
      <CenteredMessage>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </CenteredMessage>
    );
  }
  return (
    <CenteredMessage>
      <Typography color="text.secondary" sx={{ mb: 1 }}>{t('app.loading')}</Typography>
      <LinearProgress aria-label={t('app.loading')} />
    </CenteredMessage>
  );
}
