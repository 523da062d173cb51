// The counter's reads, so every hook keys the cache the same way.
import { skipToken, useQuery } from '@tanstack/react-query';
import type { BusinessTypeCode } from '@onetrip/workflows';
import { useTRPC } from '../../lib/trpc';

export function useTodayQuery() {
  const trpc = useTRPC();
  // Walk-ins and other windows change the picture; a minute is fresh enough for the queue.
  return useQuery(trpc.appointments.today.queryOptions(undefined, { refetchInterval: 60_000 }));
}

export function useLookupQuery(idNumber: string | null) {
  const trpc = useTRPC();
  // Each lookup is an audited read of a full record: never refetched behind the clerk's back.
  return useQuery(trpc.counter.lookup.queryOptions(idNumber ? { idNumber } : skipToken, { staleTime: Infinity, retry: false }));
}

export function usePrepareQuery(input: { idNumber: string; businessType: BusinessTypeCode; answers: Record<string, boolean> } | null) {
  const trpc = useTRPC();
  return useQuery(trpc.counter.prepare.queryOptions(input ?? skipToken, { staleTime: 5 * 60_000, retry: false, placeholderData: (prev) => prev }));
}

/** Offices, windows and their banks change a few times a year; one fetch per sitting is plenty. */
export function useOfficesQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.org.offices.queryOptions(undefined, { staleTime: 30 * 60_000 }));
}
