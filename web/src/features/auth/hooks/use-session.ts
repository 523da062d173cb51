import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../lib/api-types';
import { useTRPCClient } from '../../../lib/trpc';
import { sessionQueryOptions } from '../auth.queries';

export function useSession() {
  const client = useTRPCClient();
  return useQuery(sessionQueryOptions(client));
}

/** The signed-in staff member; only for screens behind `RequireAuth`. */
export function useMe(): Me {
  const { data } = useSession();
  if (data?.status !== 'signed-in') throw new Error('useMe() used outside RequireAuth');
  return data.me;
}
