// The process-wide services, built the same way by the API process and a standalone job worker.
import path from 'node:path';
import { createFsArchiveStore } from '@onetrip/imaging';
import type { Config } from './config/config';
import type { Database } from './db/database';
import { ensureBuiltInNotices, loadReferenceData } from './reference/reference-data';
import type { Services } from './trpc/context';

export async function createServices(config: Config, database: Database, log: Services['log']): Promise<Services> {
  await ensureBuiltInNotices(database.db, new Date());
  return {
    database,
    config,
    clock: () => new Date(),
    log,
    reference: await loadReferenceData(database.db),
    archive: createFsArchiveStore(path.join(path.resolve(config.DATA_DIR), 'archive')),
  };
}
