// After a claim, release or decision: refetch what it changed (the queue counts, the task pages,
// this application), nothing else. `refetchType: 'none'` only marks them stale, for a screen that
// is being left: they are fetched again when shown, not while the next screen loads.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../lib/trpc';

export function useInvalidateReview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (applicationId?: string, refetchType: 'active' | 'none' = 'active') =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.review.queues.queryKey(), refetchType }),
        queryClient.invalidateQueries({ queryKey: trpc.review.tasks.queryKey(), refetchType }),
        applicationId ? queryClient.invalidateQueries({ queryKey: trpc.review.application.queryKey({ applicationId }), refetchType }) : null,
      ]),
    [queryClient, trpc],
  );
}
