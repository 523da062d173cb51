import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { AppLoading } from '../../../ui/AppLoading';
import { CenteredMessage } from '../../../ui/CenteredMessage';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSession } from '../hooks/use-session';
import type { SignInState } from '../sign-in-state';

/** Screens behind it need a session; without one the person goes to sign-in and comes back. */
export function RequireAuth({ children }: { children: ReactNode }) {
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
  return <AppLoading />;
}
