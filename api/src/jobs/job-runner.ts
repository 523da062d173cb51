// The outbox runner. Jobs are rows written in the same transaction as the change that needs them
// (a transfer to send, a message to notify); this loop claims due rows, runs their handler and
// records the outcome. One generic loop for every kind: transfers, notifications, OCR.
//
// Claiming is one statement on its own (`FOR UPDATE SKIP LOCKED` + a lease, committed at once), and
// the handler runs after it, outside any transaction. On PGlite there is one session for the whole
// process: a transaction held open across a bank call would stall every request. On PostgreSQL
// SKIP LOCKED lets several API processes claim side by side without taking the same row.
//
// A claimed job is leased (`locked_until`). If its runner dies, the lease runs out and any runner
// claims it again, so a job may run more than once: handlers must be idempotent. The runner only
// promises "at least once, until done or dead"; exactly-once effects are the handler's business.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type QueryCreator, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../trpc/context';

export interface ClaimedJob {
  readonly id: number;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  /** 1 on the first run; counts every claim, including claims after a lost lease */
  readonly attempts: number;
  /**
   * The job's "done" write, fenced like the runner's own, for a handler that records it in its
   * last transaction (`{ status: 'done', recorded: true }`): one write and one commit fewer.
   */
  doneWrite(db: QueryCreator<DB>, at: Date): UpdateQueryBuilder<DB, 'jobs', 'jobs', UpdateResult>;
}

/**
 * What a handler reports. `done` finishes the job (`recorded`: the handler wrote `doneWrite` in its
 * own transaction already). `later` reschedules it deliberately (waiting on something outside, e.g.
 * a bank that is down) and never kills it. A thrown error is a failure: retried with backoff, and
 * dead after the kind's maximum attempts.
 */
export type JobOutcome = { readonly status: 'done'; readonly recorded?: boolean } | { readonly status: 'later'; readonly delayMs: number; readonly note?: string };

export type JobHandler = (job: ClaimedJob) => Promise<JobOutcome>;

export interface JobRunnerOptions {
  readonly db: Kysely<DB>;
  readonly clock: Clock;
  readonly pollMs: number;
  readonly concurrency: number;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly backoffBaseMs?: number;
  readonly backoffMaxMs: number;
  readonly runnerId?: string;
  readonly onError?: (error: unknown, job: ClaimedJob | null) => void;
}

export interface JobRunner {
  readonly id: string;
  register(kind: string, handler: JobHandler, options?: { maxAttempts?: number }): void;
  /** Claims what is due now (up to the free slots), runs it and waits for it: tests and ticks. */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops claiming and waits for the handlers in flight (graceful shutdown). */
  stop(): Promise<void>;
}

/** Delay before attempt `attempts + 1`: doubling from the base, capped. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, clock } = options;
  const id = options.runnerId ?? `runner-${process.pid}-${randomBytes(3).toString('hex')}`;
  const handlers = new Map<string, { handler: JobHandler; maxAttempts: number }>();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let ticking: Promise<void> | null = null;
  // Whether the last claim filled every free slot, so that more jobs may be due. After a claim
  // that came back short nothing else was due: a slot freed later waits for the next poll instead
  // of asking again at once (an empty claim is a wasted statement on every finished job).
  let moreDue = true;

  // Every finishing write is fenced on (locked_by, attempts): if our lease ran out and another
  // runner re-claimed the job, its run is the one that counts and ours changes nothing.
  const mine = (q: QueryCreator<DB>, jobId: number, attempts: number) =>
    q.updateTable('jobs').where('id', '=', jobId).where('locked_by', '=', id).where('attempts', '=', attempts);
  const doneSet = (at: Date) => ({ status: 'done', finished_at: at, locked_by: null, locked_until: null, last_error: null }) as const;

  async function claim(limit: number): Promise<ClaimedJob[]> {
    if (limit <= 0 || handlers.size === 0) return [];
    const now = clock();
    const until = new Date(now.getTime() + options.leaseMs);
    // A row is due when its time has come and nobody holds a live lease on it: a fresh or retried
    // job (pending), or one whose runner died (running, lease expired). One statement, so it
    // commits by itself: the lease is visible to every other runner at once.
    const { rows } = await sql<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number }>`
      with due as (
        select id from jobs
        where status in ('pending', 'running') and run_at <= ${now}
          and (locked_until is null or locked_until < ${now})
          and kind in (${sql.join([...handlers.keys()])})
        order by run_at, id
        limit ${limit}
        for update skip locked
      )
      update jobs j set status = 'running', attempts = j.attempts + 1, locked_by = ${id}, locked_until = ${until}
      from due where j.id = due.id
      returning j.id, j.kind, j.payload, j.attempts`.execute(db);
    return rows.map((r) => {
      const jobId = Number(r.id);
      return { id: jobId, kind: r.kind, payload: r.payload, attempts: r.attempts, doneWrite: (q, at) => mine(q, jobId, r.attempts).set(doneSet(at)) };
    });
  }

  async function finish(job: ClaimedJob, outcome: JobOutcome): Promise<void> {
    const now = clock();
    if (outcome.status === 'done') {
      if (!outcome.recorded) await mine(db, job.id, job.attempts).set(doneSet(now)).execute();
      return;
    }
    await mine(db, job.id, job.attempts)
      .set({ status: 'pending', run_at: new Date(now.getTime() + outcome.delayMs), locked_by: null, locked_until: null, last_error: outcome.note ?? null })
      .execute();
  }

  async function fail(job: ClaimedJob, error: unknown, maxAttempts: number): Promise<void> {
    const now = clock();
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const dead = job.attempts >= maxAttempts;
    const delay = backoffMs(job.attempts, options.backoffBaseMs ?? 1000, options.backoffMaxMs);
    await mine(db, job.id, job.attempts)
      .set(
        dead
          ? { status: 'dead', finished_at: now, locked_by: null, locked_until: null, last_error: message }
          : { status: 'pending', run_at: new Date(now.getTime() + delay), locked_by: null, locked_until: null, last_error: message },
      )
      .execute();
  }

  async function run(job: ClaimedJob): Promise<void> {
    const entry = handlers.get(job.kind)!;
    let outcome: JobOutcome;
    try {
      outcome = await entry.handler(job);
    } catch (e) {
      options.onError?.(e, job);
      await fail(job, e, entry.maxAttempts).catch((e2: unknown) => options.onError?.(e2, job));
      return;
    }
    // If this write is lost (crash, database gone), the lease expires and the job runs again:
    // the handler's idempotence makes that harmless.
    await finish(job, outcome).catch((e: unknown) => options.onError?.(e, job));
  }

  function launch(job: ClaimedJob): Promise<void> {
    const p = run(job).finally(() => inFlight.delete(p));
    inFlight.add(p);
    return p;
  }

  async function tick(): Promise<Promise<void>[]> {
    const free = options.concurrency - inFlight.size;
    const jobs = await claim(free);
    moreDue = free > 0 && jobs.length === free;
    return jobs.map(launch);
  }

  function schedule(delayMs: number) {
    if (!running) return;
    timer = setTimeout(() => {
      timer = null;
      ticking = tick()
        .then((started) => {
          for (const p of started) void p.then(wake);
          // Free slots after a full claim (some finished already): more may be due, look again at once.
          schedule(moreDue && inFlight.size < options.concurrency ? 0 : options.pollMs);
        })
        .catch((e: unknown) => {
          options.onError?.(e, null);
          schedule(options.pollMs);
        })
        .finally(() => {
          ticking = null;
        });
    }, delayMs);
  }

  /** A finished handler frees a slot: when more may be due, claim again now rather than after the poll interval. */
  function wake() {
    if (!running || ticking || !moreDue) return;
    if (timer) clearTimeout(timer);
    schedule(0);
  }

  return {
    id,
    register(kind, handler, opts) {
      handlers.set(kind, { handler, maxAttempts: opts?.maxAttempts ?? options.maxAttempts });
    },
    async runOnce() {
      const started = await tick();
      await Promise.all(started);
      return started.length;
    },
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await ticking;
      await Promise.all([...inFlight]);
    },
  };
}
