// Claim next (the most urgent task this reviewer may act on), claim one task, release it.
// The server decides who gets what; two reviewers pressing N at once get different tasks.
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../../lib/trpc';
import { queuePath, taskPath } from '../queue-return';
import { useInvalidateReview } from './use-invalidate-review';

export function useClaimNext() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateReview();
  const mutation = useMutation(
    trpc.review.claimNext.mutationOptions({
      onSuccess: (claimed) => {
        void invalidate(claimed?.applicationId);
        if (claimed) void navigate(taskPath(claimed.taskId, claimed.applicationId));
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
