// `archive.build`: written in the accepting transaction (so an accepted application always gets
// its archive and a rolled-back acceptance never does), run by the job runner outside any
// transaction, since decoding and embedding a dozen page images takes a moment.
import type { Transaction } from 'kysely';
import type { DeferredWrites } from '../../db/deferred-writes';
import type { DB } from '../../db/schema';
import type { JobHandler, JobRunner } from '../../jobs/job-runner';
import { enqueueJob } from '../../jobs/outbox';
import { ARCHIVE_BUILD, buildApplicationArchive } from './application-archive.service';

type BuildServices = Parameters<typeof buildApplicationArchive>[0];

/** At acceptance: one archive build per accepted application (the dedupe key), however often it is asked. */
export async function scheduleAcceptedArchive(trx: Transaction<DB>, applicationId: string, at: Date, batch?: DeferredWrites): Promise<void> {
  await enqueueJob(trx, { kind: ARCHIVE_BUILD, payload: { applicationId }, dedupeKey: `${ARCHIVE_BUILD}:accepted:${applicationId}`, runAt: at }, batch);
}

/** After a resubmission brought more pages: a new archive version beside the first (its version is the application's). */
export async function scheduleResubmittedArchive(trx: Transaction<DB>, applicationId: string, applicationVersion: number, at: Date): Promise<void> {
  await enqueueJob(trx, { kind: ARCHIVE_BUILD, payload: { applicationId }, dedupeKey: `${ARCHIVE_BUILD}:resubmitted:${applicationId}:${applicationVersion}`, runAt: at });
}

export function archiveBuildHandler(services: BuildServices): JobHandler {
  return async (job) => {
    await buildApplicationArchive(services, String(job.payload.applicationId));
    return { status: 'done' };
  };
}

export function registerArchiveBuildJob(runner: JobRunner, services: BuildServices): void {
  runner.register(ARCHIVE_BUILD, archiveBuildHandler(services));
}
