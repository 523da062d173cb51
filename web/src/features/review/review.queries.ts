// The review workspace's reads, so every hook keys the cache the same way (and invalidation after
// a decision touches exactly these).
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@onetrip/api';
import { useTRPC } from '../../lib/trpc';
import type { TaskListFilters } from './task-filters';

type Trpc = TRPCOptionsProxy<AppRouter>;

/** The mission asks for counts no older than 10 s; the page refreshes them on its own. */
export const QUEUE_REFRESH_MS = 10_000;

/**
 * The queue route's loader asks for the queue's data while the page's code loads; what it got a
 * moment ago is not asked for a second time when the page mounts. Any change still invalidates it.
 */
const QUEUE_FRESH_MS = 3_000;

function queuesQueryOptions(trpc: Trpc) {
  return trpc.review.queues.queryOptions(undefined, { refetchInterval: QUEUE_REFRESH_MS, staleTime: QUEUE_FRESH_MS });
}

/** One keyset page. The previous page stays on screen while the next loads, so the grid never blanks. */
function taskPageQueryOptions(trpc: Trpc, input: TaskListFilters) {
  return trpc.review.tasks.queryOptions(input, { placeholderData: keepPreviousData, refetchInterval: QUEUE_REFRESH_MS, staleTime: QUEUE_FRESH_MS });
}

function savedViewsQueryOptions(trpc: Trpc) {
  return trpc.review.views.queryOptions(undefined, { staleTime: QUEUE_FRESH_MS });
}

/** What the queue page shows first, asked for by its route's loader while the page's code loads. */
export function prefetchQueuePage(queryClient: QueryClient, trpc: Trpc, input: TaskListFilters): void {
  void queryClient.prefetchQuery(queuesQueryOptions(trpc));
  void queryClient.prefetchQuery(taskPageQueryOptions(trpc, input));
  void queryClient.prefetchQuery(savedViewsQueryOptions(trpc));
}

export function useQueuesQuery() {
  return useQuery(queuesQueryOptions(useTRPC()));
}

export function useTaskPageQuery(input: TaskListFilters) {
  return useQuery(taskPageQueryOptions(useTRPC(), input));
}

/** Statuses the job runner moves on by itself (payment, letter): watched until they settle. */
const MOVING_ON_ITS_OWN = new Set(['approved', 'transfer_pending']);

/**
 * Fresh for a few seconds: claim next fetches the application while the decide screen loads, and
 * the screen must not read it (an audited read) a second time as it mounts. Every change still
 * invalidates it (use-invalidate-review).
 */
export const APPLICATION_FRESH_MS = 5_000;

export function useApplicationQuery(applicationId: string | null) {
  const trpc = useTRPC();
  return useQuery(
    trpc.review.application.queryOptions(
      { applicationId: applicationId ?? '' },
      {
        enabled: applicationId !== null,
        staleTime: APPLICATION_FRESH_MS,
        refetchInterval: (q) => (q.state.data && MOVING_ON_ITS_OWN.has(q.state.data.status) ? 2_000 : false),
      },
    ),
  );
}

/** The approval letter is issued by a job shortly after final approval: ask again until it exists. */
export function useApprovalLetterQuery(applicationId: string, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(
    trpc.loans.approvalLetter.queryOptions(
      { applicationId },
      { enabled, retry: false, refetchInterval: (q) => (q.state.data ? false : 2_000), staleTime: Infinity },
    ),
  );
}

export function useSavedViewsQuery() {
  return useQuery(savedViewsQueryOptions(useTRPC()));
}

/** Offices and windows change a few times a year; one fetch per sitting is plenty. */
export function useOfficesQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.org.offices.queryOptions(undefined, { staleTime: 30 * 60_000 }));
}
