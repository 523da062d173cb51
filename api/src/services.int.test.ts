// The process's clock on both databases: what createServices builds from CLOCK_START, and the
// server paths that used to read the real time instead (the built-in holiday notices' load time,
// the first start's demo backlog) now dated by it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config/config';
import { seedDemoCenter } from './seed/demo-center';
import { createServices } from './services';
import { createTestDatabase, testTargets, type TestDatabase } from './testing/test-databases';

const MAKE_UP_SATURDAY = '2026-10-10T02:00:00.000Z';

describe.each(await testTargets())('the app clock on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  const config = loadConfig({ CLOCK_START: '2026-10-10T10:00:00+08:00', CLOCK_FROZEN: 'true', SEED_ON_FIRST_START: 'false', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'onetrip-clock-')) });

  beforeAll(async () => {
    if (!skip) t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('reads CLOCK_START, and records the built-in holiday notices as loaded then', async () => {
    const services = await createServices(config, t.database, pino({ level: 'silent' }));
    expect(services.clock().toISOString()).toBe(MAKE_UP_SATURDAY);
    const notices = await t.database.db.selectFrom('calendar_notices').select(['year', 'loaded_at']).execute();
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(new Date(n.loaded_at).toISOString()).toBe(MAKE_UP_SATURDAY);
  });

  it.skipIf(!!skip)("dates the demo backlog around the app's now, not the real one", async () => {
    const now = new Date(MAKE_UP_SATURDAY);
    await seedDemoCenter(t.database, { scale: 0.002, backlog: 200, now });
    const { latest } = await t.database.db.selectFrom('applications').select((eb) => eb.fn.max('accepted_at').as('latest')).executeTakeFirstOrThrow();
    const latestMs = new Date(latest as Date).getTime();
    expect(latestMs).toBeLessThanOrEqual(now.getTime());
    expect(latestMs).toBeGreaterThan(now.getTime() - 14 * 86_400_000);
  });
});
