// Limits on the public booking doors, per caller address: booking (so one caller cannot hoard a
// day's places under invented names) and cancelling (booking number + last four ID characters
// must not be guessable by trying).
import type { Services } from '../../trpc/context';
import { takeHit, type Limit } from '../rate-limit/sliding-window';

const LIMITS = {
  book: [{ max: 20, windowMs: 60 * 60_000 }],
  cancel: [
    { max: 10, windowMs: 10 * 60_000 },
    { max: 30, windowMs: 24 * 60 * 60_000 },
  ],
} as const satisfies Record<string, readonly Limit[]>;

export function limitCaller(services: Pick<Services, 'database' | 'clock'>, door: keyof typeof LIMITS, clientIp: string): Promise<void> {
  return takeHit(services.database.db, `appointments.${door}:${clientIp}`, services.clock(), LIMITS[door]);
}
