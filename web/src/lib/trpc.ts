// The one tRPC client and its React bindings (`useTRPC()` → `trpc.x.queryOptions()`).
import type { AppRouter } from '@onetrip/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The session is an httpOnly cookie on our own origin; never send it anywhere else.
        fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
