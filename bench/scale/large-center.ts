// The database behind `pnpm seed --scale large`, in a scratch PostgreSQL database: the demo center
// without its small backlog, then 1,000,000 applications (api/src/seed/large-scale.seed.ts) ending
// on today, so the app started against it shows today's queues. Created once per bench run
// (shared.ts) and dropped afterwards; null with the reason when no PostgreSQL server answers.
import { shanghaiDate } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { seedDemoCenter } from '../../api/src/seed/demo-center';
import { seedLargeScale } from '../../api/src/seed/large-scale.seed';
import { createTestDatabase, TEST_DATABASE_URL, testTargets } from '../../api/src/testing/test-databases';
import { sharedFixture } from '../shared';

export interface LargeCenter {
  readonly database: Database;
  /** connection string of the scratch database, for an app started against it */
  readonly url: string;
  /** the instant the load ends on */
  readonly now: Date;
  readonly seedSeconds: number;
  readonly openTasks: number;
}

const log = (line: string) => process.stderr.write(`  large center: ${line}\n`);

export async function largeCenter(): Promise<LargeCenter | { skip: string }> {
  const postgres = (await testTargets()).find((t) => t.kind === 'postgres');
  if (postgres?.skip) return { skip: postgres.skip };
  return sharedFixture('large-center', async () => {
    const t = await createTestDatabase('postgres');
    const now = new Date();
    const started = performance.now();
    await seedDemoCenter(t.database, { appointmentsFrom: shanghaiDate(now), backlog: 0 });
    log(`demo center in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const seeded = await seedLargeScale(t.database, { now, onProgress: (done, total) => log(`${done.toLocaleString('en')} / ${total.toLocaleString('en')} applications`) });
    const seedSeconds = (performance.now() - started) / 1000;
    log(`1,000,000 applications, ${seeded.openTasks.toLocaleString('en')} open tasks, ${seedSeconds.toFixed(0)} s in all`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${await databaseName(t.database)}`;
    return { value: { database: t.database, url: url.toString(), now, seedSeconds, openTasks: seeded.openTasks }, dispose: t.dispose };
  });
}

async function databaseName(database: Database): Promise<string> {
  const row = await database.db.selectNoFrom((eb) => eb.fn<string>('current_database', []).as('name')).executeTakeFirstOrThrow();
  return row.name;
}
