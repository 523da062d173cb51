// Throughput for the chosen range; the previous answer stays on screen while the next loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RouterInputs } from '../../lib/api-types';
import { useTRPC } from '../../lib/trpc';

export type ThroughputFilter = RouterInputs['supervision']['throughput'];

export function useThroughputQuery(filter: ThroughputFilter) {
  const trpc = useTRPC();
  return useQuery(trpc.supervision.throughput.queryOptions(filter, { placeholderData: keepPreviousData }));
}
