// Applications per second from counter acceptance to money on the card, through the real services:
// acceptAtCounter (shared-data checklist, eligibility, the accepting transaction) → claimNext →
// decideTask approve (transfer scheduled in the same transaction) → the transfer.send job run by
// the real job runner against the bank simulator process. Timers around each phase say where the
// time goes; the state changes per application are counted from the audit rows, not assumed, and
// the SQL statements the services send (Kysely queries; BEGIN/COMMIT not included) are counted too.
// The harness's own reads (the version a reviewer's screen holds, the progress polls) go past the counter.
import { randomUUID } from 'node:crypto';
import { evaluateEligibility, shanghaiDate, toApplicationForm, type IntakeForm } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { loadApplicantFacts } from '../../api/src/modules/applicants/applicant-facts.repository';
import { staffActorOf } from '../../api/src/modules/auth/session.repository';
import { recordPageReading } from '../../api/src/modules/capture/page-readings.repository';
import { buildChecklist } from '../../api/src/modules/data-sharing/checklist.service';
import { acceptAtCounter } from '../../api/src/modules/intake/intake.service';
import { prepareIntake } from '../../api/src/modules/intake/prepare.service';
import { decideTask } from '../../api/src/modules/review/decide.service';
import { claimNext } from '../../api/src/modules/tasks/task.service';
import type { BankGateway } from '../../api/src/modules/transfers/bank-gateway';
import { startBank, transferRunner } from '../../api/src/modules/transfers/testing/transfer-harness';
import { testServices } from '../../api/src/testing/test-services';
import { seedBenchRenters, type BenchRenter } from './bench-renters';

export interface LifecycleRun {
  readonly appsPerSecond: number;
  readonly stateChangesPerApp: number;
  readonly statementsPerApp: number;
  /** mean milliseconds per application and phase */
  readonly phases: Record<'accept' | 'claim' | 'decide' | 'bank_call' | 'drain_after_last_decision' | 'checklist' | 'eligibility', number>;
}

const ANSWERS = { rent_above_cap: false, public_rental: false, agent_applies: false };

function rentForm(r: BenchRenter): IntakeForm {
  return {
    channel: 'counter',
    businessType: 'withdrawal.rent',
    applicant: { idNumber: r.idNumber, name: r.name, mobile: '13800002000' },
    requestedAmountFen: 1_000_000,
    answers: ANSWERS,
    details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
  } as IntakeForm;
}

/** A Kysely plugin, named through the API's Database (the bench has no kysely dependency of its own). */
type KyselyPlugin = Parameters<Database['db']['withPlugin']>[0];

/**
 * Counts every statement executed through the Kysely instance it is added to. Counted when the
 * result comes back, not when the query is compiled: a write embedded in another statement (the
 * WriteBatch's closing statement) is compiled on its own but sent to the database only once.
 */
function statementCounter(): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery: (args: Parameters<KyselyPlugin['transformQuery']>[0]) => args.node,
    transformResult: (args: Parameters<KyselyPlugin['transformResult']>[0]) => {
      counter.count++;
      return Promise.resolve(args.result);
    },
  };
  return counter;
}

/** Wraps the gateway to add up the time spent waiting on the bank. */
function timedGateway(gateway: BankGateway, spent: { ms: number }): BankGateway {
  const timed = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A) => {
    const t0 = performance.now();
    try {
      return await f(...a);
    } finally {
      spent.ms += performance.now() - t0;
    }
  };
  return { send: timed(gateway.send), lookup: timed(gateway.lookup), statement: gateway.statement };
}

export async function submissionToTransfer(database: Database, options: { applications: number; concurrency: number }): Promise<LifecycleRun> {
  const { db } = database;
  const counter = statementCounter();
  const services = testServices({ ...database, db: db.withPlugin(counter) }, { SHARING_SIM_LATENCY_MS: 0 });
  services.clock.set('2026-11-20T02:00:00Z'); // a Friday morning in Shanghai, as the fixtures assume
  const renters = await seedBenchRenters(database, options.applications);
  const staff = (await db.selectFrom('staff').selectAll().execute()).map((r) => staffActorOf(r, 'bench'));
  const clerks = staff.filter((s) => s.role === 'clerk');
  const reviewers = staff.filter((s) => s.role === 'reviewer');
  // Every renter has the same records, so one preparation tells what the counter must scan.
  const prep = await prepareIntake(services, { idNumber: renters[0]!.idNumber, businessType: 'withdrawal.rent', answers: ANSWERS });
  const materials = prep.checklist.items.filter((i) => i.status === 'required' || i.status === 'ask').map((i) => ({ materialId: i.materialId, pages: ['a'.repeat(64)] }));
  // The counter accepts only captured pages: one stored reading (no OCR here) stands for every scan.
  const page = { sha256: 'a'.repeat(64), originalSha256: 'a'.repeat(64), width: 1000, height: 700, blank: false, quality: [], classification: { kind: 'other', confidence: 1 }, fields: [], text: '' };
  await recordPageReading(db, page, { staffId: clerks[0]!.id }, services.clock());

  const bank = await startBank(2_000);
  const bankSpent = { ms: 0 };
  // The server's job concurrency. Its poll interval (JOB_POLL_MS, 1 s) would add up to a second of
  // idle tail after the last approval to a run of a few seconds, so the runner looks every 50 ms
  // (as the chaos test's workers do); it claims again at once whenever a job finishes either way.
  const runner = transferRunner(services, timedGateway(bank.gateway, bankSpent), { concurrency: services.config.JOB_CONCURRENCY, pollMs: 50 });
  const spent = { accept: 0, claim: 0, decide: 0 };
  const time = async <T>(phase: keyof typeof spent, f: () => Promise<T>): Promise<T> => {
    // Each call is a request the server takes from its event loop. Without this turn PGlite's
    // promises resolve back to back and the job runner's timer would never fire until the last
    // decision: every transfer would wait and then queue behind the bank's latency.
    await new Promise((resolve) => setImmediate(resolve));
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      spent[phase] += performance.now() - t0;
    }
  };
  const ids: string[] = [];
  const transferred = async () =>
    Number((await db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'transferred').executeTakeFirstOrThrow()).n);

  let lastDecision = 0;
  let elapsed: number;
  let statements: number;
  try {
    runner.start();
    const started = performance.now();
    counter.count = 0;
    let next = 0;
    const worker = async (w: number) => {
      const clerk = clerks[w % clerks.length]!;
      const reviewer = reviewers[w % reviewers.length]!;
      for (let i = next++; i < renters.length; i = next++) {
        const receipt = await time('accept', () => acceptAtCounter(services, clerk, { form: rentForm(renters[i]!), materials, idempotencyKey: `bench-${randomUUID()}` }));
        ids.push(receipt.applicationId);
        const task = await time('claim', () => claimNext(services, reviewer));
        if (!task) throw new Error('claim next found no task although one was just accepted');
        await time('decide', async () => {
          const { version } = await db.selectFrom('applications').select('version').where('id', '=', task.applicationId).executeTakeFirstOrThrow();
          const decided = await decideTask(services, reviewer, { taskId: task.taskId, version, decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: `bench-${randomUUID()}` });
          if (decided.status !== 'transfer_pending') throw new Error(`approval left the application ${decided.status}`);
        });
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
    lastDecision = performance.now();
    const deadline = Date.now() + 120_000;
    while ((await transferred()) < renters.length) {
      if (Date.now() > deadline) throw new Error(`only ${await transferred()} of ${renters.length} applications transferred after 2 minutes`);
      await new Promise((r) => setTimeout(r, 10));
    }
    elapsed = (performance.now() - started) / 1000;
    statements = counter.count;
  } finally {
    await runner.stop();
    await bank.dispose();
  }
  const drainMs = performance.now() - lastDecision;

  const changes = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('subject_type', '=', 'application')
    .where('subject_id', 'in', ids)
    .where('action', 'like', 'application.%')
    .executeTakeFirstOrThrow();

  // The read-only halves of acceptance, timed apart: the agencies' checklist and the eligibility
  // rules over the applicant's records (the rest of `accept` is the accepting transaction).
  const probes = 20;
  let checklistMs = 0;
  let eligibilityMs = 0;
  const today = shanghaiDate(services.clock());
  for (let i = 0; i < probes; i++) {
    const r = renters[i % renters.length]!;
    let t0 = performance.now();
    const checklist = await buildChecklist(services, { businessType: 'withdrawal.rent', applicantIdNumber: r.idNumber, answers: ANSWERS });
    checklistMs += performance.now() - t0;
    t0 = performance.now();
    const { facts } = await loadApplicantFacts(db, r.idNumber, today, checklist.sources);
    evaluateEligibility({ businessType: 'withdrawal.rent', facts, form: toApplicationForm(rentForm(r)), policy: services.reference.policy, today });
    eligibilityMs += performance.now() - t0;
  }
  const n = renters.length;
  return {
    appsPerSecond: n / elapsed,
    stateChangesPerApp: Number(changes.n) / n,
    statementsPerApp: statements / n,
    phases: {
      accept: spent.accept / n,
      claim: spent.claim / n,
      decide: spent.decide / n,
      bank_call: bankSpent.ms / n,
      drain_after_last_decision: drainMs,
      checklist: checklistMs / probes,
      eligibility: eligibilityMs / probes,
    },
  };
}
