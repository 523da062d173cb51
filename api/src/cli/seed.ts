// `pnpm seed [--reset] [--scale demo|large]`: migrate the configured database and fill it with
// the deterministic demo center. Refuses to touch a database that already holds data unless
// --reset is given (PostgreSQL: the public schema is dropped; PGlite: the data dir is deleted).
// `--scale large` adds 1,000,000 applications (seed/large-scale.seed.ts): on top of an existing
// demo center, or after seeding one into an empty database.
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { ConfigError, loadConfig, type Config } from '../config/config';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { shanghaiDate } from '@onetrip/workflows';
import { DEMO_BACKLOG, seedDemoCenter } from '../seed/demo-center';
import { seedLargeScale } from '../seed/large-scale.seed';

function fail(line: string, code = 1): never {
  process.stderr.write(`seed: ${line}\n`);
  process.exit(code);
}

let args: { reset: boolean; scale: string };
try {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, scale: { type: 'string', default: 'demo' } },
    strict: true,
  });
  args = { reset: values.reset, scale: values.scale };
} catch (e) {
  fail(`${(e as Error).message}. Usage: pnpm seed [--reset] [--scale demo|large]`, 2);
}
if (args.scale !== 'demo' && args.scale !== 'large') fail(`unknown --scale ${JSON.stringify(args.scale)}; use demo or large`, 2);

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(`invalid configuration: ${e.message}`);
  throw e;
}
const where = config.database.kind === 'postgres' ? 'the PostgreSQL database in DATABASE_URL' : `the embedded database in ${config.database.dataDir}`;

async function hasData(database: Database): Promise<boolean> {
  const { rows } = await sql<{ present: boolean }>`select to_regclass('public.offices') is not null as present`.execute(database.db);
  if (!rows[0]?.present) return false;
  return (await database.db.selectFrom('offices').select('id').limit(1).executeTakeFirst()) !== undefined;
}

// Measured on the 2-core machine: PostgreSQL ~105 s; PGlite ~8.5 min with a 3.4 GB peak RSS.
const LARGE_ON_PGLITE = 'embedded PGlite: about 9 minutes and up to ~3.5 GB of memory; PostgreSQL (DATABASE_URL) is recommended at this size';

let database = await openDatabase(config.database);
// A large load goes on top of an existing demo center; anything else wants an empty database.
const addToExisting = args.scale === 'large' && !args.reset && (await hasData(database));
if (!addToExisting && (await hasData(database))) {
  if (!args.reset) {
    await database.close();
    fail(`${where} already holds data; run \`pnpm seed --reset\` to wipe it and seed again`);
  }
  if (database.kind === 'postgres') {
    await database.runScript(database.db, 'drop schema public cascade; create schema public;');
  } else if (config.database.kind === 'pglite') {
    await database.close();
    await rm(config.database.dataDir, { recursive: true, force: true });
    database = await openDatabase(config.database);
  }
  process.stdout.write(`reset ${where}\n`);
}

try {
  const applied = await migrate(database);
  if (applied.length) process.stdout.write(`migrations applied: ${applied.join(', ')}\n`);
  if (!addToExisting) {
    const started = performance.now();
    // The large scale brings its own million applications instead of the demo backlog.
    const summary = await seedDemoCenter(database, { appointmentsFrom: shanghaiDate(new Date()), backlog: args.scale === 'large' ? 0 : DEMO_BACKLOG });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const c = summary.counts;
    process.stdout.write([
      `seeded ${where} in ${seconds} s:`,
      `  ${c.employers} employers, ${c.persons} people, ${c.deposits} deposits, ${c.withdrawals} withdrawals, ${c.loans} loans, ${c.bankCards} bank cards`,
      `demo logins (password for all: ${summary.password}):`,
      ...summary.logins.map((l) => `  ${l.role.padEnd(10)} ${l.username.padEnd(14)} ${l.name}  ${l.office}`),
      '',
    ].join('\n'));
  }
  if (args.scale === 'large') {
    process.stdout.write(`adding 1,000,000 applications to ${where} (${database.kind === 'postgres' ? 'about 2 minutes' : LARGE_ON_PGLITE})\n`);
    const started = performance.now();
    const large = await seedLargeScale(database, {
      onProgress: (done, total) => {
        const rss = (process.memoryUsage().rss / 2 ** 30).toFixed(1);
        process.stdout.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} applications, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${rss} GB\n`);
      },
    });
    process.stdout.write(`large scale: ${large.applications.toLocaleString('en')} applications, ${large.openTasks.toLocaleString('en')} open review tasks, ${large.seconds.toFixed(0)} s (analyzed)\n`);
  }
} catch (e) {
  fail((e as Error).message);
} finally {
  await database.close();
}
