// The administrator's settings reads and writes; a change refreshes only the view it changed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function usePolicyQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.settings.policy.queryOptions());
}

export function useCalendarQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.settings.calendar.queryOptions());
}

export function useChangePolicyMutation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.settings.changePolicy.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.policy.queryKey() }) }));
}

export function useLoadNoticeMutation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.settings.loadHolidayNotice.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.settings.calendar.queryKey() }) }));
}
