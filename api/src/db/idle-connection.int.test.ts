// A PostgreSQL restart or an administrator ends idle connections: the API must survive it and
// carry on with a fresh connection (regression: an unhandled pool error crashed the process).
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { createTestDatabase, TEST_DATABASE_URL, testTargets } from '../testing/test-databases';

const targets = (await testTargets()).filter((t) => t.kind === 'postgres');

describe.each(targets)('idle connections on $kind', ({ skip }) => {
  it.skipIf(!!skip)('survives the server terminating an idle connection', async () => {
    const t = await createTestDatabase('postgres');
    try {
      const { rows } = await sql<{ pid: number; db: string }>`select pg_backend_pid() as pid, current_database() as db`.execute(t.database.db);
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      const again = await sql<{ one: number }>`select 1 as one`.execute(t.database.db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await t.dispose();
    }
  });
});
