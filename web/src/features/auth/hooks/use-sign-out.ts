import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../lib/trpc';
import { replaceSession } from '../auth.queries';

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Only the server's answer signs this workstation out: if the request never arrived, the
  // session cookie is still good and the next person could pick it up with a reload. A session
  // that had already ended is handled by the query client's auth-loss hook.
  const mutation = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => replaceSession(queryClient, { status: 'signed-out', reason: 'signed_out' }),
    }),
  );
  return { signOut: () => mutation.mutate(), pending: mutation.isPending, error: mutation.error, dismissError: mutation.reset };
}
