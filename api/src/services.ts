// The process-wide services, built the same way by the API process and a standalone job worker.
import { createFsArchiveStore, createS3ArchiveStore, type ArchiveStore } from '@onetrip/imaging';
import { createClock } from './config/clock';
import type { ArchiveConfig, Config } from './config/config';
import type { Database } from './db/database';
import { ensureBuiltInNotices, loadReferenceData } from './reference/reference-data';
import type { Services } from './trpc/context';

/** `clock`: the process's one clock (main.ts seeds with it before the services exist). */
export async function createServices(config: Config, database: Database, log: Services['log'], clock: Services['clock'] = createClock(config)): Promise<Services> {
  await ensureBuiltInNotices(database.db, clock());
  return {
    database,
    config,
    clock,
    log,
    reference: await loadReferenceData(database.db),
    archive: createArchiveStore(config.archive),
  };
}

/** The filesystem store by default; the S3-compatible one when ARCHIVE_S3_ENDPOINT is set. */
export function createArchiveStore(archive: ArchiveConfig): ArchiveStore {
  if (archive.kind === 'filesystem') return createFsArchiveStore(archive.root);
  return createS3ArchiveStore(archive);
}
