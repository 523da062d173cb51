// The admin screens' reads, so every hook keys the cache the same way.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useStaffAccountsQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.staff.queryOptions());
}

/** Offices and windows change a few times a year; one fetch per sitting is plenty. */
export function useOfficesQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.org.offices.queryOptions(undefined, { staleTime: 30 * 60_000 }));
}
