import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { signOutOnAuthLoss } from '../features/auth/auth.queries';
import { appCodeOf } from '../lib/app-error';

/** Refusals (bad input, no permission, locked…) will not change on a retry; network blips may. */
const RETRYABLE = new Set([null, 'common.internal']);

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A session that ended on the server (expiry, sign-out elsewhere) ends on screen too,
    // whichever request noticed it first.
    queryCache: new QueryCache({ onError: (error) => signOutOnAuthLoss(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => signOutOnAuthLoss(queryClient, error) }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && RETRYABLE.has(appCodeOf(error)),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
