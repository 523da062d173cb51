// First start: an empty database gets the demo center, so `pnpm start` shows a working center.
import type { Logger } from 'pino';
import { shanghaiDate } from '@onetrip/workflows';
import type { Database } from '../db/database';
import { DEMO_BACKLOG, seedDemoCenter, type SeedSummary } from './demo-center';

/** `now`: the app's clock (services.clock), which a demo may have moved with CLOCK_START. */
export async function seedIfEmpty(database: Database, log: Logger, now: Date): Promise<SeedSummary | null> {
  const any = await database.db.selectFrom('offices').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  log.info('empty database: seeding the demo center');
  const started = Date.now();
  const summary = await seedDemoCenter(database, { appointmentsFrom: shanghaiDate(now), backlog: DEMO_BACKLOG, now });
  log.info({ ms: Date.now() - started, counts: summary.counts }, 'demo center seeded');
  return summary;
}
