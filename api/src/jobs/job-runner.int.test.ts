import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { testClock } from '../testing/test-services';
import { backoffMs, createJobRunner, type JobRunnerOptions } from './job-runner';

describe('backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 10].map((a) => backoffMs(a, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe.each(await testTargets())('job runner on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  const clock = testClock('2026-11-20T02:00:00Z');
  const at = () => clock();
  const options = (): JobRunnerOptions => ({ db: t.database.db, clock, pollMs: 20, concurrency: 4, leaseMs: 60_000, maxAttempts: 3, backoffBaseMs: 1000, backoffMaxMs: 10_000 });
  let n = 0;
  const enqueue = async (kind: string, payload: Record<string, unknown> = {}) =>
    (await t.database.db.insertInto('jobs').values({ kind, payload: JSON.stringify(payload), dedupe_key: `k${++n}`, run_at: at(), created_at: at() }).returning('id').executeTakeFirstOrThrow()).id;
  const job = (id: number) => t.database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('runs a due job once and marks it done', async () => {
    const runner = createJobRunner(options());
    const seen: unknown[] = [];
    runner.register('test.ok', async (j) => {
      seen.push(j.payload);
      return { status: 'done' };
    });
    const id = await enqueue('test.ok', { x: 1 });
    expect(await runner.runOnce()).toBe(1);
    expect(await runner.runOnce()).toBe(0);
    expect(seen).toEqual([{ x: 1 }]);
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 1, locked_by: null });
  });

  it.skipIf(!!skip)('retries a throwing job with backoff and buries it after the maximum attempts', async () => {
    const runner = createJobRunner(options());
    runner.register('test.bad', async () => {
      throw new Error('boom');
    });
    const id = await enqueue('test.bad');
    await runner.runOnce();
    expect(await job(id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: boom' });
    expect(await runner.runOnce()).toBe(0); // not due before the backoff
    clock.advanceMinutes(1);
    await runner.runOnce();
    clock.advanceMinutes(1);
    await runner.runOnce();
    expect(await job(id)).toMatchObject({ status: 'dead', attempts: 3 });
  });

  it.skipIf(!!skip)('a "later" outcome reschedules without counting toward death', async () => {
    const runner = createJobRunner({ ...options(), maxAttempts: 1 });
    let calls = 0;
    runner.register('test.later', async () => (++calls < 4 ? { status: 'later', delayMs: 1000, note: 'waiting' } : { status: 'done' }));
    const id = await enqueue('test.later');
    for (let i = 0; i < 4; i++) {
      await runner.runOnce();
      clock.advanceMinutes(1);
    }
    expect(await job(id)).toMatchObject({ status: 'done', attempts: 4 });
  });

  it.skipIf(!!skip)('a dead runner\'s job is claimed again when its lease runs out, and the late finish is ignored', async () => {
    const a = createJobRunner({ ...options(), runnerId: 'A', leaseMs: 30_000 });
    const b = createJobRunner({ ...options(), runnerId: 'B' });
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    a.register('test.lease', async () => {
      await stuck;
      return { status: 'done' };
    });
    let bRuns = 0;
    b.register('test.lease', async () => {
      bRuns++;
      return { status: 'later', delayMs: 600_000 };
    });
    const id = await enqueue('test.lease');
    const aRun = a.runOnce();
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.runOnce()).toBe(0); // A holds a live lease
    clock.advanceMinutes(1);
    expect(await b.runOnce()).toBe(1);
    release();
    await aRun;
    // A's "done" was fenced off: B's outcome stands.
    expect(await job(id)).toMatchObject({ status: 'pending', locked_by: null, attempts: 2 });
    expect(bRuns).toBe(1);
  });

  it.skipIf(!!skip)('two runners polling together run each of 40 jobs exactly once; stop waits for handlers', async () => {
    const counts = new Map<number, number>();
    const handler = async (j: { payload: Record<string, unknown> }) => {
      await new Promise((r) => setTimeout(r, 5));
      const k = Number(j.payload.i);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      return { status: 'done' as const };
    };
    const runners = [createJobRunner({ ...options(), runnerId: 'P1' }), createJobRunner({ ...options(), runnerId: 'P2' })];
    for (const r of runners) r.register('test.many', handler);
    for (let i = 0; i < 40; i++) await enqueue('test.many', { i });
    for (const r of runners) r.start();
    const deadline = Date.now() + 20_000;
    while (counts.size < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await Promise.all(runners.map((r) => r.stop()));
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    const left = await t.database.db.selectFrom('jobs').select('id').where('kind', '=', 'test.many').where('status', '!=', 'done').execute();
    expect(left).toEqual([]);
  });
});
