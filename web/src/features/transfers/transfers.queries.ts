// The supervisor's transfer desk: reads refresh every minute (the job runner moves transfers on
// its own); a request, confirmation or cancellation refreshes the lists only.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

const REFRESH_MS = 60_000;

export function useTransferListsQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.transfers.lists.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
}

export function useReconciliationQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.transfers.reconciliation.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
}


export function useTransferActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.transfers.lists.queryKey() });
  return {
    request: useMutation(trpc.transfers.requestAction.mutationOptions({ onSuccess })),
    confirm: useMutation(trpc.transfers.confirmAction.mutationOptions({ onSuccess })),
    cancel: useMutation(trpc.transfers.cancelAction.mutationOptions({ onSuccess })),
  };
}
