import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../lib/trpc';

/** What the routes' loaders need to ask for a page's data before the page renders. */
export interface RouteDeps {
  readonly queryClient: QueryClient;
  readonly apiClient: ApiClient;
}
