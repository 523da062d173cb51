// The review workspace's routes. Their code is a React Router `lazy` (the router loads it before it
// renders the route: no Suspense fallback is committed and then held back by React's reveal
// throttle), and the queue's loader asks for the queue's data at once, while that code loads and
// runs. A cold open of /review so waits for the slower of the code and the data, instead of
// session check → page code → render → data → grid code, one after another (bench review-ui).
import type { AppRouter } from '@onetrip/api';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { RouteObject } from 'react-router-dom';
import type { RouteDeps } from '../../app/route-deps';
import { sessionQueryKey, type Session } from '../auth/auth.queries';
import { RoleGate } from '../shell/components/RoleGate';
import { PATHS } from '../shell/nav';
import { prefetchesQueue } from './queue-prefetch';
import { prefetchQueuePage } from './review.queries';
import { readQueueState, toTaskListInput } from './task-filters';

export function reviewRoutes({ queryClient, apiClient }: RouteDeps): RouteObject[] {
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });

  function prefetchQueue(params: URLSearchParams): void {
    if (!prefetchesQueue(queryClient.getQueryData<Session>(sessionQueryKey))) return;
    prefetchQueuePage(queryClient, trpc, toTaskListInput(readQueueState(params)));
  }

  return [
    {
      path: PATHS.reviewHome,
      // Not awaited: the page renders as soon as its code is there and shows what is still loading.
      loader: ({ request }) => {
        prefetchQueue(new URL(request.url).searchParams);
        return null;
      },
      lazy: async () => {
        const { ReviewQueuePage } = await import('./pages/ReviewQueuePage');
        return { element: <RoleGate path={PATHS.reviewHome}><ReviewQueuePage /></RoleGate> };
      },
    },
    {
      path: `${PATHS.reviewHome}/tasks/:taskId`,
      lazy: async () => {
        const { DecidePage } = await import('./pages/DecidePage');
        return { element: <RoleGate path={PATHS.reviewHome}><DecidePage /></RoleGate> };
      },
    },
  ];
}
