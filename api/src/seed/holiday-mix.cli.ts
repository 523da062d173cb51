// The National Day mix (holiday-mix.seed.ts) for a database of its own, driven by the e2e spec
// supervision-holiday.e2e.ts (which may not import package source) and usable for a demo:
//
//   DATA_DIR=/tmp/holiday tsx src/seed/holiday-mix.cli.ts seed     # (in api/) an empty database only
//   DATA_DIR=/tmp/holiday CLOCK_START=2026-10-10T10:00:00+08:00 SEED_ON_FIRST_START=false pnpm --filter @onetrip/api start
//   DATA_DIR=/tmp/holiday tsx src/seed/holiday-mix.cli.ts inspect 2026-10-10T10:00:00+08:00   # app stopped (PGlite)
//
// `seed` migrates, seeds and prints one JSON line: the cases with their receipts and tasks, the
// staff they involve, the board the mix must show by construction, and the board counted from
// the tables. `inspect <instant>` prints the board counted at that instant, the reassignments and
// policy changes made since, and whether the audit chain holds; it loads only what it reads (the
// seed's services and their imports take seconds to load on a busy machine).
import { readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { ConfigError, loadConfig, type Config } from '../config/config';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { verifyAuditChain } from '../modules/audit/audit.repository';
import { countBoardFromTables } from './holiday-mix.count';
import { openMigratedPglite } from './pglite-template';

function fail(line: string, code = 1): never {
  process.stderr.write(`holiday-mix: ${line}\n`);
  process.exit(code);
}

/** A migrated database to seed: PGlite from the kept template (initdb is the slow part), PostgreSQL as it is. */
async function openEmpty(target: Config['database']): Promise<Database> {
  if (target.kind === 'postgres') {
    const database = await openDatabase(target);
    await migrate(database);
    return database;
  }
  if ((await readdir(target.dataDir).catch(() => [])).length) fail(`${target.dataDir} is not empty; the mix goes into an empty database`);
  return openMigratedPglite(target.dataDir);
}

const [command, at] = process.argv.slice(2);
if (!(command === 'seed' || (command === 'inspect' && at && !Number.isNaN(Date.parse(at))))) fail('usage: holiday-mix.cli.ts seed | inspect <ISO instant>', 2);

let config: Config;
try {
  // The simulated agencies answer at once: the mix waits for nobody.
  config = loadConfig({ ...process.env, SHARING_SIM_LATENCY_MS: '0', SHARING_SIM_FAILURE_RATE: '0' });
} catch (e) {
  if (e instanceof ConfigError) fail(`invalid configuration: ${e.message}`);
  throw e;
}
const database = command === 'seed' ? await openEmpty(config.database) : await openDatabase(config.database);
try {
  if (command === 'seed') {
    if (await database.db.selectFrom('offices').select('id').limit(1).executeTakeFirst()) fail('the database already holds data; the mix goes into an empty one');
    const { expectedBoard, HOLIDAY_MIX_NOW, seedHolidayMix } = await import('./holiday-mix.seed');
    const { cases, staff } = await seedHolidayMix(database, config);
    const counted = await countBoardFromTables(database.db, new Date(HOLIDAY_MIX_NOW));
    process.stdout.write(`${JSON.stringify({ now: HOLIDAY_MIX_NOW, cases, staff, expected: expectedBoard(), counted })}\n`);
  } else {
    const db = database.db;
    const reassigned = await db
      .selectFrom('audit_events as e')
      .leftJoin('staff as s', 's.id', 'e.actor_id')
      .select(['e.seq', 'e.at', 'e.subject_id', 'e.data', 's.username'])
      .where('e.action', '=', 'task.reassigned')
      .orderBy('e.seq')
      .execute();
    const policyChanges = await db
      .selectFrom('policy_changes as p')
      .innerJoin('staff as s', 's.id', 'p.changed_by')
      .select(['p.key', 'p.effective_from', 'p.value', 'p.changed_at', 's.username'])
      .orderBy('p.id')
      .execute();
    const tasks = await sql<{ id: string; application_id: string; status: string; assignee: string | null }>`
      select t.id::text as id, t.application_id, t.status, s.username as assignee
      from tasks t left join staff s on s.id = t.assignee_id where t.status in ('open', 'claimed') order by t.id`.execute(db);
    process.stdout.write(
      `${JSON.stringify({
        counted: await countBoardFromTables(db, new Date(at!)),
        reassigned: reassigned.map((r) => ({ seq: r.seq, at: new Date(r.at).toISOString(), applicationId: r.subject_id, data: r.data, by: r.username })),
        policyChanges: policyChanges.map((p) => ({ key: p.key, effectiveFrom: p.effective_from, value: p.value, changedAt: new Date(p.changed_at).toISOString(), by: p.username })),
        liveTasks: tasks.rows,
        chain: await verifyAuditChain(db),
      })}\n`,
    );
  }
} finally {
  await database.close();
}
