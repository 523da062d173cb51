// `appointments.release_no_shows`: bookings still `booked` when their slot has ended become
// `no_show`. Nothing is freed (the slot is over), but the rate counts them. One perpetual job row
// (a fixed dedupe key) that reschedules itself with `later` to the next five-minute boundary —
// slots end on :00 and :30, so a run lands on every slot end — instead of leaving a done row
// behind every five minutes.
import type { JobHandler, JobRunner } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { nextBoundary } from './slots';

export const RELEASE_NO_SHOWS = 'appointments.release_no_shows';
const EVERY_MS = 5 * 60_000;

/** Marks every booking whose slot ended by `now`; returns how many. */
export async function releaseNoShows(services: Pick<Services, 'database' | 'clock'>): Promise<number> {
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const released = await trx
      .updateTable('appointments')
      .set({ status: 'no_show', no_show_at: now })
      .where('status', '=', 'booked')
      .where('ends_at', '<=', now)
      .returning(['id', 'booking_no'])
      .execute();
    if (released.length > 0) {
      await appendAudit(trx, {
        at: now,
        actorKind: 'system',
        actorId: RELEASE_NO_SHOWS,
        action: 'appointment.no_show',
        data: { bookingNos: released.map((r) => r.booking_no).sort() },
      });
    }
    return released.length;
  });
}

export function releaseNoShowsHandler(services: Pick<Services, 'database' | 'clock'>): JobHandler {
  return async () => {
    await releaseNoShows(services);
    const now = services.clock();
    return { status: 'later', delayMs: nextBoundary(now, EVERY_MS).getTime() - now.getTime() };
  };
}

export function registerAppointmentJobs(runner: JobRunner, services: Pick<Services, 'database' | 'clock'>): void {
  // It reschedules itself forever, so its claim count grows without bound: never let a few
  // failures in a row kill it.
  runner.register(RELEASE_NO_SHOWS, releaseNoShowsHandler(services), { maxAttempts: Number.POSITIVE_INFINITY });
}

/** Queues the job once; revives it if it was ever finished or killed by hand. */
export async function ensureNoShowReleaseScheduled(services: Pick<Services, 'database' | 'clock'>): Promise<void> {
  const now = services.clock();
  await services.database.db
    .insertInto('jobs')
    .values({ kind: RELEASE_NO_SHOWS, payload: '{}', dedupe_key: RELEASE_NO_SHOWS, run_at: now, created_at: now })
    .onConflict((oc) =>
      oc
        .column('dedupe_key')
        .doUpdateSet({ status: 'pending', run_at: now, finished_at: null })
        .where('jobs.status', 'in', ['done', 'dead']),
    )
    .execute();
}
