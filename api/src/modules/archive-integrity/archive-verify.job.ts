// `archive.verify`: the archive's nightly sanity run. Re-reads and re-hashes every stored blob
// (pages and issued documents, whichever store is configured) and records the outcome in the
// audit chain — supervisors find it in the audit search (action `archive.verified`) — and logs
// an error naming every damaged or missing blob. One perpetual job row (fixed dedupe key) that
// reschedules itself to the next 02:00 China time, a quiet hour for the disk or bucket.
import { verifyAll, type VerifyReport } from '@onetrip/imaging';
import type { JobHandler, JobRunner } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';

export const ARCHIVE_VERIFY = 'archive.verify';
const DAY_MS = 86_400_000;
/** 02:00 in Asia/Shanghai (UTC+8, no daylight saving) is 18:00 UTC. */
const RUN_AT_UTC_MS = 18 * 3_600_000;

type VerifyServices = Pick<Services, 'database' | 'clock' | 'archive' | 'log'>;

/** The first 02:00 China time strictly after `now`. */
export function nextVerifyRun(now: Date): Date {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS + RUN_AT_UTC_MS;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

export async function verifyArchive(services: VerifyServices): Promise<VerifyReport> {
  const started = services.clock();
  const report = await verifyAll(services.archive);
  const damaged = report.mismatches.length + report.missing.length;
  await services.database.db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: services.clock(),
      actorKind: 'system',
      actorId: ARCHIVE_VERIFY,
      action: 'archive.verified',
      data: { startedAt: started.toISOString(), checked: report.checked, mismatches: report.mismatches, missing: report.missing },
    }),
  );
  if (damaged > 0) services.log.error({ ...report, job: ARCHIVE_VERIFY }, `archive verification: ${damaged} of ${report.checked} blobs damaged or missing`);
  else services.log.info({ checked: report.checked, job: ARCHIVE_VERIFY }, 'archive verification: every blob matches its hash');
  return report;
}

export function archiveVerifyHandler(services: VerifyServices): JobHandler {
  return async () => {
    await verifyArchive(services);
    const now = services.clock();
    return { status: 'later', delayMs: nextVerifyRun(now).getTime() - now.getTime() };
  };
}

export function registerArchiveJobs(runner: JobRunner, services: VerifyServices): void {
  // Perpetual, like the no-show release: a few failed nights (bucket unreachable) must not kill it.
  runner.register(ARCHIVE_VERIFY, archiveVerifyHandler(services), { maxAttempts: Number.POSITIVE_INFINITY });
}

/** Queues the nightly run once; revives it if it was ever finished or killed by hand. */
export async function ensureArchiveVerifyScheduled(services: Pick<Services, 'database' | 'clock'>): Promise<void> {
  const now = services.clock();
  const runAt = nextVerifyRun(now);
  await services.database.db
    .insertInto('jobs')
    .values({ kind: ARCHIVE_VERIFY, payload: '{}', dedupe_key: ARCHIVE_VERIFY, run_at: runAt, created_at: now })
    .onConflict((oc) =>
      oc
        .column('dedupe_key')
        .doUpdateSet({ status: 'pending', run_at: runAt, finished_at: null })
        .where('jobs.status', 'in', ['done', 'dead']),
    )
    .execute();
}
