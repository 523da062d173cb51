// The background work an API process (or a worker process) runs: one job runner with every
// module's job kinds registered, polling the outbox until stopped.
import { registerArchiveBuildJob } from '../modules/application-archive/application-archive.job';
import { ensureNoShowReleaseScheduled, registerAppointmentJobs } from '../modules/appointments/no-show.job';
import { ensureArchiveVerifyScheduled, registerArchiveJobs } from '../modules/archive-integrity/archive-verify.job';
import { FIRST_WITHDRAWAL, firstWithdrawalHandler } from '../modules/loans/first-withdrawal.job';
import { ISSUE_LETTER, issueLetterHandler } from '../modules/loans/loan-fulfilment.service';
import { registerNotificationJobs } from '../modules/notifications/notification-jobs';
import { createBankGateway } from '../modules/transfers/bank-gateway';
import { ensureReconciliationScheduled, registerTransferJobs } from '../modules/transfers/transfer-jobs';
import type { Services } from '../trpc/context';
import { createJobRunner, type JobRunner } from './job-runner';

export async function startBackgroundJobs(services: Services, bankUrl: string): Promise<JobRunner> {
  const { config } = services;
  const runner = createJobRunner({
    db: services.database.db,
    clock: services.clock,
    pollMs: config.JOB_POLL_MS,
    concurrency: config.JOB_CONCURRENCY,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
    maxAttempts: config.JOB_MAX_ATTEMPTS,
    backoffMaxMs: config.JOB_BACKOFF_MAX_SECONDS * 1000,
    onError: (err, job) => services.log.error({ err, jobId: job?.id, kind: job?.kind }, 'job failed'),
  });
  const gateway = createBankGateway(bankUrl, config.BANK_TIMEOUT_MS);
  registerTransferJobs(runner, services, gateway, { retryBaseMs: Math.min(2000, config.JOB_BACKOFF_MAX_SECONDS * 1000) });
  runner.register(ISSUE_LETTER, issueLetterHandler(services));
  runner.register(FIRST_WITHDRAWAL, firstWithdrawalHandler(services));
  registerNotificationJobs(runner, services);
  registerAppointmentJobs(runner, services);
  registerArchiveJobs(runner, services);
  registerArchiveBuildJob(runner, services);
  await ensureReconciliationScheduled(services);
  await ensureNoShowReleaseScheduled(services);
  await ensureArchiveVerifyScheduled(services);
  runner.start();
  return runner;
}
