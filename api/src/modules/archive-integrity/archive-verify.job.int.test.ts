import { mkdtemp, readFile, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createFsArchiveStore } from '@onetrip/imaging';
import { describe, expect, it } from 'vitest';
import { createJobRunner } from '../../jobs/job-runner';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { ARCHIVE_VERIFY, ensureArchiveVerifyScheduled, nextVerifyRun, registerArchiveJobs } from './archive-verify.job';

describe('nextVerifyRun', () => {
  it('is the next 02:00 in China (18:00 UTC), never now', () => {
    expect(nextVerifyRun(new Date('2026-11-20T02:00:00Z')).toISOString()).toBe('2026-11-20T18:00:00.000Z');
    expect(nextVerifyRun(new Date('2026-11-20T18:00:00Z')).toISOString()).toBe('2026-11-21T18:00:00.000Z');
    expect(nextVerifyRun(new Date('2026-11-20T19:30:00Z')).toISOString()).toBe('2026-11-21T18:00:00.000Z');
  });
});

describe.each(await testTargets())('archive sanity job on $kind', (target) => {
  const h = useTestDatabase(target);

  it.skipIf(!!target.skip)('runs nightly through the job runner and reports a flipped byte in a stored file', async () => {
    const archive = createFsArchiveStore(await mkdtemp(join(tmpdir(), 'onetrip-archive-verify-')));
    const good = await archive.put(Buffer.from('page one'));
    const bad = await archive.put(Buffer.from('page two'));
    const path = archive.pathOf(bad);
    const bytes = await readFile(path);
    bytes[3] = bytes[3]! ^ 0x20;
    await chmod(path, 0o644);
    await writeFile(path, bytes);

    const logged: { level: number; msg: string; mismatches?: string[] }[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (logged.push(JSON.parse(chunk.toString())), done()) }));
    const services = { ...h.services, archive, log };
    const { clock } = h.services;
    clock.set('2026-11-20T10:00:00Z');
    await ensureArchiveVerifyScheduled(services);
    await ensureArchiveVerifyScheduled(services); // once, however often the process starts

    const runner = createJobRunner({ db: h.db, clock, pollMs: 20, concurrency: 1, leaseMs: 60_000, maxAttempts: 3, backoffMaxMs: 10_000 });
    registerArchiveJobs(runner, services);
    expect(await runner.runOnce()).toBe(0); // not before 02:00 China time
    clock.set('2026-11-20T18:00:00Z');
    expect(await runner.runOnce()).toBe(1);

    const audit = await h.db.selectFrom('audit_events').selectAll().where('action', '=', 'archive.verified').execute();
    expect(audit).toHaveLength(1);
    const data = (typeof audit[0]!.data === 'string' ? JSON.parse(audit[0]!.data) : audit[0]!.data) as Record<string, unknown>;
    expect(data).toMatchObject({ checked: 2, mismatches: [bad], missing: [] });
    expect(data.mismatches).not.toContain(good);
    expect(logged.find((l) => l.level === 50)).toMatchObject({ mismatches: [bad] });

    const jobs = await h.db.selectFrom('jobs').selectAll().where('kind', '=', ARCHIVE_VERIFY).execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', run_at: new Date('2026-11-21T18:00:00Z') });
  });
});
