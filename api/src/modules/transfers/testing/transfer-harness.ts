// One bank simulator process and an in-process runner wired like main.ts, for transfer tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createJobRunner, type JobRunner } from '../../../jobs/job-runner';
import { startBankSimulatorProcess, type BankSimulatorProcess } from '../../../simulators/bank/bank-simulator.process';
import type { Services } from '../../../trpc/context';
import { createBankGateway, type BankGateway } from '../bank-gateway';
import { registerTransferJobs } from '../transfer-jobs';

export interface BankHarness {
  readonly sim: BankSimulatorProcess;
  readonly gateway: BankGateway;
  control(faults: Record<string, unknown>): Promise<void>;
  dispose(): Promise<void>;
}

export async function startBank(timeoutMs = 1000): Promise<BankHarness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bank-sim-'));
  const sim = await startBankSimulatorProcess({ port: 0, dataDir: dir });
  return {
    sim,
    gateway: createBankGateway(sim.url, timeoutMs),
    async control(faults) {
      const res = await fetch(`${sim.url}/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
      if (!res.ok) throw new Error(`control: HTTP ${res.status}`);
    },
    async dispose() {
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function transferRunner(services: Services, gateway: BankGateway, options: { concurrency?: number; pollMs?: number; leaseMs?: number } = {}): JobRunner {
  const runner = createJobRunner({
    db: services.database.db,
    clock: services.clock,
    pollMs: options.pollMs ?? 20,
    concurrency: options.concurrency ?? 4,
    leaseMs: options.leaseMs ?? 60_000,
    maxAttempts: 5,
    backoffBaseMs: 1000,
    backoffMaxMs: services.config.JOB_BACKOFF_MAX_SECONDS * 1000,
  });
  registerTransferJobs(runner, services, gateway, { retryBaseMs: 1000 });
  return runner;
}

/** Runs what is due until nothing is. */
export async function drain(runner: JobRunner): Promise<void> {
  while ((await runner.runOnce()) > 0);
}
