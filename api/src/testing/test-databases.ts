// The integration tier runs every persistence test on both databases: embedded PGlite and the
// PostgreSQL server (TEST_DATABASE_URL). Each test database is fresh and dropped afterwards.
// Outside CI an unreachable server skips the PostgreSQL half loudly; in CI it is a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { migratedPgliteDump } from '../seed/pglite-template';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestTarget {
  readonly kind: 'pglite' | 'postgres';
  /** set when this target cannot run here; the suite reports itself skipped */
  readonly skip?: string;
}

let serverCheck: Promise<string | undefined> | undefined;

async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (e) {
    return `PostgreSQL at ${TEST_DATABASE_URL} unreachable: ${(e as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Both targets; call at module top level with `await` (vitest supports top-level await). */
export async function testTargets(): Promise<TestTarget[]> {
  serverCheck ??= postgresUnavailable();
  const reason = await serverCheck;
  if (reason && process.env.CI === 'true') throw new Error(`${reason} — in CI the PostgreSQL half must run`);
  if (reason) process.stderr.write(`\n*** SKIPPING the PostgreSQL half of the integration tests: ${reason}\n\n`);
  return [{ kind: 'pglite' }, reason ? { kind: 'postgres', skip: reason } : { kind: 'postgres' }];
}

export interface TestDatabase {
  readonly database: Database;
  dispose(): Promise<void>;
}

let pgliteTemplate: Promise<Blob | File> | undefined;

/** A fresh, fully migrated database of the given kind. */
export async function createTestDatabase(kind: TestTarget['kind']): Promise<TestDatabase> {
  if (kind === 'pglite') {
    pgliteTemplate ??= migratedPgliteDump();
    const database = await openDatabase({ kind: 'pglite', loadDataDir: await pgliteTemplate });
    return { database, dispose: () => database.close() };
  }
  const name = `onetrip_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 12 });
  await migrate(database);
  return {
    database,
    async dispose() {
      await database.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
