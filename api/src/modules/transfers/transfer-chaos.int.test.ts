// Issue 4's chaos test: 200 approved withdrawals paid while the bank misbehaves (seeded: down,
// timeouts and lost answers) and the job runner is killed at random points and restarted.
// PostgreSQL: two real worker processes, SIGKILLed and respawned. PGlite belongs to one process,
// so there the runner is in-process and a "kill" freezes it: its bank calls never return (a dead
// process never records the answer) and its leases run out for the next runner to reclaim.
import { sql } from 'kysely';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner';
import { spawnTypeScript } from '../../jobs/spawn-typescript';
import { createTestDatabase, TEST_DATABASE_URL, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import type { Services } from '../../trpc/context';
import { verifyAuditChain } from '../audit/audit.repository';
import type { BankGateway } from './bank-gateway';
import { reconcileDay } from './reconciliation';
import { registerTransferJobs } from './transfer-jobs';
import { seedApprovedWithdrawals } from './testing/transfer-fixtures';
import { startBank, type BankHarness } from './testing/transfer-harness';

const COUNT = 200;
const KILLS = 6;
const WORKER = fileURLToPath(new URL('../../jobs/job-worker.main.ts', import.meta.url));
const FAULTS = { down: 0.1, timeout: 0.05, unknown: 0.1, slow: 0.1, slowMs: 100, timeoutMs: 1500, seed: 20_261_120 };
const BANK_TIMEOUT_MS = 400;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A gateway that, once its runner is "killed", never answers again. */
function killable(gateway: BankGateway) {
  let dead = false;
  const never = new Promise<never>(() => undefined);
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    if (dead) return never;
    const v = await p;
    return dead ? never : v;
  };
  return {
    kill: () => (dead = true),
    gateway: {
      send: (r) => guard(gateway.send(r)),
      lookup: (k) => guard(gateway.lookup(k)),
      statement: (d) => gateway.statement(d),
    } satisfies BankGateway,
  };
}

function inProcessRunner(services: Services, gateway: BankGateway, id: string): JobRunner {
  const runner = createJobRunner({ db: services.database.db, clock: services.clock, pollMs: 50, concurrency: 8, leaseMs: 2000, maxAttempts: 5, backoffBaseMs: 200, backoffMaxMs: 1000, runnerId: id });
  registerTransferJobs(runner, services, gateway, { retryBaseMs: 200 });
  return runner;
}

describe.each(await testTargets())('chaos on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let bank: BankHarness;
  let services: Services;

  beforeAll(async () => {
    if (skip) return;
    [t, bank] = await Promise.all([createTestDatabase(kind), startBank(BANK_TIMEOUT_MS)]);
    // Real time: leases and backoffs must run out by themselves while the runners are killed.
    services = { ...testServices(t.database), clock: () => new Date() };
  });
  afterAll(async () => {
    await bank?.dispose();
    await t?.dispose();
  });

  it.skipIf(!!skip)(`${COUNT} withdrawals, ${KILLS} runner kills, a faulty bank: every payment exactly once`, { timeout: 120_000 }, async () => {
    const started = Date.now();
    const { db } = t.database;
    const withdrawals = await seedApprovedWithdrawals(services, COUNT, { prefix: 'X' });
    const sum = async () =>
      db.selectFrom('accounts').select((eb) => [eb.fn.sum<number>('balance_fen').as('balance'), eb.fn.sum<number>('reserved_fen').as('reserved')]).where('account_no', 'like', 'X-%').executeTakeFirstOrThrow();
    const before = await sum();
    const paid = withdrawals.reduce((s, w) => s + w.amountFen, 0);
    const seededAt = Date.now();

    await bank.control(FAULTS);
    const random = prng(4242);
    const succeeded = async () => Number((await db.selectFrom('transfers').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'succeeded').where('id', 'like', 'TR-X-%').executeTakeFirstOrThrow()).n);
    let kills = 0;

    if (kind === 'pglite') {
      let current = killable(bank.gateway);
      let runner = inProcessRunner(services, current.gateway, 'chaos-0');
      runner.start();
      while (kills < KILLS) {
        await sleep(300 + random() * 1200);
        current.kill();
        void runner.stop(); // never resolves for frozen handlers: the runner is simply gone
        kills++;
        current = killable(bank.gateway);
        runner = inProcessRunner(services, current.gateway, `chaos-${kills}`);
        runner.start();
      }
      while ((await succeeded()) < COUNT && Date.now() - started < 100_000) await sleep(200);
      await runner.stop();
    } else {
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${(await sql<{ db: string }>`select current_database() as db`.execute(db)).rows[0]!.db}`;
      const env = {
        ...process.env,
        DATABASE_URL: url.toString(),
        BANK_GATEWAY_URL: bank.sim.url,
        BANK_TIMEOUT_MS: String(BANK_TIMEOUT_MS),
        JOB_POLL_MS: '50',
        JOB_CONCURRENCY: '8',
        JOB_LEASE_SECONDS: '2',
        JOB_BACKOFF_MAX_SECONDS: '1',
        LOG_LEVEL: 'silent',
        SEED_ON_FIRST_START: 'false',
      };
      const spawnWorker = () => spawnTypeScript(WORKER, { env, stdio: ['ignore', 'ignore', 'inherit'] });
      const workers: ChildProcess[] = [spawnWorker(), spawnWorker()];
      while (kills < KILLS) {
        await sleep(500 + random() * 1500);
        const i = random() < 0.5 ? 0 : 1;
        workers[i]!.kill('SIGKILL');
        kills++;
        workers[i] = spawnWorker();
      }
      while ((await succeeded()) < COUNT && Date.now() - started < 100_000) await sleep(200);
      await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : (w.once('exit', r), w.kill('SIGTERM'))))));
    }
    await bank.control({});

    // Every transfer paid, and paid once: the bank's books are the judge.
    expect(await succeeded()).toBe(COUNT);
    const transfers = await db.selectFrom('transfers').select(['id', 'idempotency_key', 'amount_fen', 'value_date']).where('id', 'like', 'TR-X-%').execute();
    const dates = [...new Set(transfers.map((tr) => tr.value_date!))];
    const lines = (await Promise.all(dates.map((d) => bank.gateway.statement(d)))).flatMap((s) => s.payments);
    expect(lines).toHaveLength(COUNT);
    expect(new Set(lines.map((l) => l.reference)).size).toBe(COUNT);
    const amountOf = new Map(transfers.map((tr) => [tr.id, tr.amount_fen]));
    for (const l of lines) expect(l.amountFen).toBe(amountOf.get(l.reference));

    const after = await sum();
    expect(Number(before.balance) - paid).toBe(Number(after.balance));
    expect(Number(before.reserved)).toBe(paid);
    expect(Number(after.reserved)).toBe(0);
    const records = await db.selectFrom('withdrawal_records').select((eb) => eb.fn.countAll<number>().as('n')).where('account_no', 'like', 'X-%').executeTakeFirstOrThrow();
    expect(Number(records.n)).toBe(COUNT);
    const transferred = await db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'like', 'X-APP-%').where('status', '=', 'transferred').executeTakeFirstOrThrow();
    expect(Number(transferred.n)).toBe(COUNT);

    for (const d of dates) expect((await reconcileDay(services, bank.gateway, d)).differences).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const resent = await db.selectFrom('transfers').select((eb) => eb.fn.sum<number>('attempts').as('n')).where('id', 'like', 'TR-X-%').executeTakeFirstOrThrow();
    process.stdout.write(
      `chaos ${kind}: ${COUNT} payments, ${kills} kills, ${resent.n} bank sends for ${COUNT} transfers, ` +
        `seed ${((seededAt - started) / 1000).toFixed(1)} s, pay ${((Date.now() - seededAt) / 1000).toFixed(1)} s\n`,
    );
  });
});
