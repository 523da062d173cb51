// Appointment utilisation for ten working days from a date; the previous answer stays on screen
// while another start date loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '../../lib/api-types';
import { useTRPC } from '../../lib/trpc';

export type UtilisationData = RouterOutputs['appointments']['utilisation'];
/** How many working days the page looks at (the booking horizon). */
export const UTILISATION_DAYS = 10;

export function useUtilisationQuery(from: string) {
  const trpc = useTRPC();
  return useQuery(trpc.appointments.utilisation.queryOptions({ from, days: UTILISATION_DAYS }, { placeholderData: keepPreviousData }));
}
