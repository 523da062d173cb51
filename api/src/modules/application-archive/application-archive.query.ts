// The application's current archive PDF for the case screens: the newest version, served by
// GET /files/:sha256 (which re-hashes it on every read). Null until the build job has run.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface ArchiveDocument {
  readonly sha256: string;
  readonly version: number;
  readonly createdAt: string;
}

export async function currentArchiveOf(db: Kysely<DB> | Transaction<DB>, applicationId: string): Promise<ArchiveDocument | null> {
  const row = await db
    .selectFrom('documents')
    .select(['sha256', 'version', 'created_at'])
    .where('application_id', '=', applicationId)
    .where('kind', '=', 'archive')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { sha256: row.sha256, version: row.version, createdAt: row.created_at.toISOString() } : null;
}
