// A decision on the task this reviewer holds. It waits for the server (no optimistic flip), and
// one attempt carries one idempotency key: a double click, or a retry after a lost answer,
// decides once. A refusal ends the attempt, so the next try is a new one.
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { RouterInputs, RouterOutputs } from '../../../lib/api-types';
import { useTRPC } from '../../../lib/trpc';
import { useInvalidateReview } from './use-invalidate-review';

type DecideInput = RouterInputs['review']['decide'];
export type Decision = Omit<DecideInput, 'idempotencyKey' | 'taskId' | 'version'>;

type DecideResult = RouterOutputs['review']['decide'];

export function useDecide(task: { taskId: string; version: number; applicationId: string }, onDecided: (result: DecideResult) => void, onRefused: () => void) {
  const trpc = useTRPC();
  const invalidate = useInvalidateReview();
  const attemptKey = useRef<string | null>(null);
  const mutation = useMutation(
    trpc.review.decide.mutationOptions({
      onSuccess: async (result) => {
        attemptKey.current = null;
        await invalidate(task.applicationId);
        onDecided(result);
      },
      onError: () => {
        attemptKey.current = null;
        onRefused();
      },
    }),
  );
  const { mutate, isPending } = mutation;
  const decide = useCallback(
    (decision: Decision) => {
      if (isPending) return;
      attemptKey.current ??= crypto.randomUUID();
      mutate({ ...decision, taskId: task.taskId, version: task.version, idempotencyKey: attemptKey.current });
    },
    [isPending, mutate, task.taskId, task.version],
  );
  return { decide, pending: isPending, error: mutation.error, decided: mutation.data ?? null, reset: mutation.reset };
}
