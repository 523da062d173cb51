// The session as the SPA sees it: signed in (with who) or signed out (and why). It lives in the
// query cache under one key, so a sign-in, a sign-out or an expiry seen on any request updates
// every screen at once.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Me } from '../../lib/api-types';
import { appCodeOf } from '../../lib/app-error';
import type { ApiClient } from '../../lib/trpc';

export type SignedOutReason = 'required' | 'expired' | 'signed_out';
export type Session = { status: 'signed-in'; me: Me } | { status: 'signed-out'; reason: SignedOutReason };

export const sessionQueryKey = ['session'] as const;

const AUTH_LOST: Record<string, SignedOutReason> = {
  'auth.required': 'required',
  'auth.session_expired': 'expired',
};

export function sessionQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async (): Promise<Session> => {
      try {
        return { status: 'signed-in', me: await client.auth.me.query() };
      } catch (error) {
        const reason = AUTH_LOST[appCodeOf(error) ?? ''];
        if (reason) return { status: 'signed-out', reason };
        throw error;
      }
    },
    // Re-checked when the clerk comes back to the window, so an expired session is noticed
    // before they start typing, not when they submit.
    staleTime: 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** Any request answered "not signed in" ends the session on screen (the guard then redirects). */
export function signOutOnAuthLoss(queryClient: QueryClient, error: unknown): void {
  const reason = AUTH_LOST[appCodeOf(error) ?? ''];
  if (!reason) return;
  const current = queryClient.getQueryData<Session>(sessionQueryKey);
  if (current?.status === 'signed-out') return;
  const next: Session = { status: 'signed-out', reason };
  queryClient.setQueryData<Session>(sessionQueryKey, next);
}

/**
 * A sign-in or sign-out at a shared counter PC: nothing cached for the previous person stays in
 * memory. The session query itself is kept (and overwritten) so screens watching it follow.
 */
export function replaceSession(queryClient: QueryClient, session: Session): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData<Session>(sessionQueryKey, session);
}
