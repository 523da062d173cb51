// Claim next (the most urgent task this reviewer may act on), claim one task, release it.
// The server decides who gets what; two reviewers pressing N at once get different tasks.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../../lib/trpc';
import { queuePath, taskPath } from '../queue-return';
import { APPLICATION_FRESH_MS } from '../review.queries';
import { useInvalidateReview } from './use-invalidate-review';

export function useClaimNext() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const invalidate = useInvalidateReview();
  const mutation = useMutation(
    trpc.review.claimNext.mutationOptions({
      onSuccess: (claimed) => {
        if (!claimed) {
          void invalidate();
          return;
        }
        // The reviewer leaves the queue: its lists are refetched on the way back, not now, and the
        // application is asked for at once, while the decide screen renders (bench review-ui).
        void invalidate(claimed.applicationId, 'none');
        void queryClient.prefetchQuery(trpc.review.application.queryOptions({ applicationId: claimed.applicationId }, { staleTime: APPLICATION_FRESH_MS }));
        void navigate(taskPath(claimed.taskId, claimed.applicationId));
      },
    }),
  );
  const { mutate, isPending } = mutation;
  const claimNext = useCallback(() => {
    if (!isPending) mutate();
  }, [mutate, isPending]);
  return {
    claimNext,
    pending: isPending,
    /** The last claim next found nothing to do. */
    empty: mutation.isSuccess && mutation.data === null,
    error: mutation.error,
    reset: mutation.reset,
  };
}

export function useClaimTask(applicationId: string) {
  const trpc = useTRPC();
  const invalidate = useInvalidateReview();
  const mutation = useMutation(trpc.review.claim.mutationOptions({ onSuccess: () => invalidate(applicationId) }));
  return { claim: (taskId: string) => mutation.mutate({ taskId }), pending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}

export function useReleaseTask(applicationId: string) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateReview();
  const mutation = useMutation(
    trpc.review.release.mutationOptions({
      onSuccess: async () => {
        await invalidate(applicationId);
        void navigate(queuePath());
      },
    }),
  );
  return { release: (taskId: string) => mutation.mutate({ taskId }), pending: mutation.isPending, error: mutation.error };
}
