import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../lib/trpc';

export function useUnlockStaff() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.admin.unlockStaff.mutationOptions({
      // Returning the refetch keeps the button busy until the row shows the new status; only the
      // staff list changed, so only it is refetched.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.staff.queryKey() }),
    }),
  );
  const { mutate } = mutation;
  // Stable, so the grid's columns are not rebuilt on every render.
  const unlock = useCallback((staffId: string) => mutate({ staffId }), [mutate]);
  return {
    unlock,
    pendingId: mutation.isPending ? mutation.variables.staffId : null,
    unlockedId: mutation.isSuccess ? mutation.variables.staffId : null,
    error: mutation.error,
    dismiss: mutation.reset,
  };
}
