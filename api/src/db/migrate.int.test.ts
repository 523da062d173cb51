import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from './database';
import { loadMigrations, migrate, pendingMigrations } from './migrate';
import { TEST_DATABASE_URL, testTargets } from '../testing/test-databases';

describe.each(await testTargets())('migrations on an empty $kind database', ({ kind, skip }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  async function emptyDatabase(): Promise<Database> {
    if (kind === 'pglite') {
      const d = await openDatabase({ kind: 'pglite' });
      cleanups.push(() => d.close());
      return d;
    }
    const name = `onetrip_migrate_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const d = await openDatabase({ kind: 'postgres', url: url.toString() });
    cleanups.push(async () => {
      await d.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
    return d;
  }

  it.skipIf(!!skip)('applies every migration once, in order, and then none', async () => {
    const d = await emptyDatabase();
    const all = await loadMigrations();
    expect(all.length).toBeGreaterThan(0);
    expect(await pendingMigrations(d.db)).toEqual(all.map((m) => m.name));
    expect(await migrate(d)).toEqual(all.map((m) => m.name));
    expect(await migrate(d)).toEqual([]);
    expect(await pendingMigrations(d.db)).toEqual([]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(d.db);
    expect(rows.rows[0]!.n).toBe(all.length);
  });

  it.skipIf(!!skip)('rolls a failing migration back whole', async () => {
    const d = await emptyDatabase();
    await expect(
      migrate(d, [{ version: 1, name: '0001_broken', sql: 'create table half_done (id int); select * from no_such_table;' }]),
    ).rejects.toThrow();
    const exists = await sql<{ t: string | null }>`select to_regclass('half_done')::text as t`.execute(d.db);
    expect(exists.rows[0]!.t).toBeNull();
  });
});
