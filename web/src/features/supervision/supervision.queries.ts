// The supervisor workspace's reads and writes, so every hook keys the cache the same way and a
// reassignment refreshes exactly what it changed: the workload, the person's tasks and the board.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterInputs } from '../../lib/api-types';
import { useTRPC } from '../../lib/trpc';

export type BoardCasesFilter = Omit<RouterInputs['supervision']['boardCases'], 'cursor' | 'limit'>;
export type AuditFilter = Omit<RouterInputs['supervision']['audit'], 'cursor' | 'limit'>;

/** The board moves as people work; a minute-old count is still useful, a stale hour is not. */
const BOARD_REFRESH_MS = 60_000;

export function useBoardQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.supervision.board.queryOptions(undefined, { refetchInterval: BOARD_REFRESH_MS }));
}

export function useBoardCasesQuery(filter: BoardCasesFilter, enabled: boolean) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.supervision.boardCases.infiniteQueryOptions({ ...filter, limit: 100 }, { enabled, getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData }),
  );
}

export function useWorkloadQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.supervision.workload.queryOptions());
}

export function useClaimedTasksQuery(staffId: string | null) {
  const trpc = useTRPC();
  return useQuery(trpc.supervision.claimedTasks.queryOptions({ staffId: staffId ?? '' }, { enabled: staffId !== null }));
}

export function useReassignMutation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.supervision.reassign.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.supervision.workload.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.supervision.claimedTasks.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.supervision.board.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.supervision.boardCases.infiniteQueryKey() }),
        ]),
    }),
  );
}

export function useAuditQuery(filter: AuditFilter) {
  const trpc = useTRPC();
  return useInfiniteQuery(trpc.supervision.audit.infiniteQueryOptions({ ...filter, limit: 100 }, { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData }));
}

export function useAuditVerify() {
  const trpc = useTRPC();
  // Walking the whole chain is heavy: only when asked, never on focus or mount.
  return useQuery(trpc.supervision.auditVerify.queryOptions(undefined, { enabled: false, staleTime: Infinity, gcTime: 0 }));
}

/** Offices change a few times a year; one fetch per sitting is plenty. */
export function useOfficesQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.org.offices.queryOptions(undefined, { staleTime: 30 * 60_000 }));
}
