// One data-access layer (Kysely) over two drivers: PGlite (embedded, file-backed or in memory)
// and node-postgres (DATABASE_URL). Everything above this file sees only `Database`.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema';
import { pgliteParsers, pgTypes } from './type-parsers';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; poolSize?: number; onIdleConnectionError?: (e: Error) => void };

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Kysely<DB>;
  /** Runs a multi-statement SQL script inside `trx` (migrations, seeding). */
  runScript(trx: Transaction<DB> | Kysely<DB>, script: string): Promise<void>;
  /** PGlite only: a tarball of the data directory, for fast test templates. */
  dumpDataDir?(): Promise<Blob | File>;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, types: pgTypes });
    // An idle connection the server ends (restart, failover, admin) is dropped from the pool and
    // replaced on the next query; without a listener node-postgres would crash the process.
    pool.on('error', (e) => target.onIdleConnectionError?.(e));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'postgres',
      db,
      // Without parameters node-postgres uses the simple protocol, which accepts several statements.
      runScript: async (trx, script) => { await sql.raw(script).execute(trx); },
      close: () => db.destroy(),
    };
  }
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    parsers: pgliteParsers,
    // archive search (migration 0013) indexes page text with pg_trgm
    extensions: { pg_trgm },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    // PGlite is one session: exec() runs inside whatever transaction Kysely has open on it.
    runScript: async (_trx, script) => { await pglite.exec(script); },
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: () => db.destroy(),
  };
}
