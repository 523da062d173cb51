// Wires the transfer module's job kinds into a runner.
import type { JobRunner } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import type { BankGateway } from './bank-gateway';
import { chinaDate } from '../../simulators/bank/bank-ledger';
import { reconcileHandler, scheduleReconciliation, shiftDate, TRANSFER_RECONCILE } from './reconciliation';
import { TRANSFER_SEND } from './transfer-scheduler';
import { transferSendHandler } from './transfer-send.job';

export function registerTransferJobs(runner: JobRunner, services: Services, gateway: BankGateway, options?: { retryBaseMs?: number }): void {
  runner.register(
    TRANSFER_SEND,
    transferSendHandler(services, gateway, { retryBaseMs: options?.retryBaseMs ?? 2000, retryMaxMs: services.config.JOB_BACKOFF_MAX_SECONDS * 1000 }),
    // A transfer job never dies: a dead one would leave approved money reserved and unpaid.
    // Bank trouble is retried with capped backoff; anything else shows in last_error.
    { maxAttempts: Number.POSITIVE_INFINITY },
  );
  runner.register(TRANSFER_RECONCILE, reconcileHandler(services, gateway));
}

/**
 * Start of the nightly chain (a no-op once queued): yesterday's statement — due already, so a
 * first start or a server that was down over night catches up at once — and each run queues the
 * next day's.
 */
export async function ensureReconciliationScheduled(services: Services): Promise<void> {
  await scheduleReconciliation(services, shiftDate(chinaDate(services.clock()), -1));
}
