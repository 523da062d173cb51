// After a claim, release or decision: refetch what it changed (the queue counts, the task pages,
// this application), nothing else.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../lib/trpc';

export function useInvalidateReview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (applicationId?: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.review.queues.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.review.tasks.queryKey() }),
        applicationId ? queryClient.invalidateQueries({ queryKey: trpc.review.application.queryKey({ applicationId }) }) : null,
      ]),
    [queryClient, trpc],
  );
}
