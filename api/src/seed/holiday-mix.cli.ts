// The National Day mix (holiday-mix.seed.ts) for a database of its own, driven by the e2e spec
// supervision-holiday.e2e.ts (which may not import package source) and usable for a demo:
//
//   DATA_DIR=/tmp/holiday tsx api/src/seed/holiday-mix.cli.ts seed      # empty database only
//   DATA_DIR=/tmp/holiday CLOCK_START=2026-10-10T10:00:00+08:00 pnpm --filter @onetrip/api start
//   DATA_DIR=/tmp/holiday tsx api/src/seed/holiday-mix.cli.ts inspect   # with the app stopped (PGlite)
//
// `seed` migrates, seeds and prints one JSON line: the cases with their receipts and tasks, the
// board the mix must show by construction, and the board counted from the tables. `inspect`
// prints the counted board again, the reassignments and policy changes made since, and whether
// the audit chain holds.
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { verifyAuditChain } from '../modules/audit/audit.repository';
import { countBoardFromTables } from './holiday-mix.count';
import { expectedBoard, HOLIDAY_MIX_NOW, seedHolidayMix } from './holiday-mix.seed';

function fail(line: string, code = 1): never {
  process.stderr.write(`holiday-mix: ${line}\n`);
  process.exit(code);
}

const command = process.argv[2];
if (command !== 'seed' && command !== 'inspect') fail('usage: holiday-mix.cli.ts seed | inspect', 2);

let config;
try {
  // The simulated agencies answer at once: the mix waits for nobody.
  config = loadConfig({ ...process.env, SHARING_SIM_LATENCY_MS: '0', SHARING_SIM_FAILURE_RATE: '0' });
} catch (e) {
  if (e instanceof ConfigError) fail(`invalid configuration: ${e.message}`);
  throw e;
}
const now = new Date(HOLIDAY_MIX_NOW);
const database = await openDatabase(config.database);
try {
  if (command === 'seed') {
    await migrate(database);
    if (await database.db.selectFrom('offices').select('id').limit(1).executeTakeFirst()) fail('the database already holds data; the mix goes into an empty one');
    const cases = await seedHolidayMix(database, config);
    const counted = await countBoardFromTables(database.db, now);
    process.stdout.write(`${JSON.stringify({ now: HOLIDAY_MIX_NOW, cases, expected: expectedBoard(), counted })}\n`);
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
        counted: await countBoardFromTables(db, now),
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
