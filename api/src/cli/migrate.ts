// `pnpm db:migrate`: apply pending migrations to the configured database and list them.
import { ConfigError, loadConfig, type Config } from '../config/config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';

function fail(line: string): never {
  process.stderr.write(`db:migrate: ${line}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(`invalid configuration: ${e.message}`);
  throw e;
}

const database = await openDatabase(config.database);
try {
  const applied = await migrate(database);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
} catch (e) {
  fail((e as Error).message);
} finally {
  await database.close();
}
