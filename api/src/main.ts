// `pnpm start`: read the config, open (and on first run create, migrate and seed) the database,
// serve the API and the SPA, and shut down gracefully on SIGTERM/SIGINT.
import path from 'node:path';
import pino from 'pino';
import { createClock } from './config/clock';
import { ConfigError, loadConfig, type Config } from './config/config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { buildApp } from './http/server';
import { seedIfEmpty } from './seed/seed-if-empty';
import { createServices } from './services';
import { startBackgroundJobs } from './jobs/background-jobs';
import { startBankSimulatorProcess } from './simulators/bank/bank-simulator.process';
import { closeSharedOcrPool } from './modules/capture/ocr-pool';

function fail(line: string): never {
  process.stderr.write(`onetrip: ${line}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(`invalid configuration: ${e.message}`);
  throw e;
}

const log = pino({ level: config.LOG_LEVEL, base: { service: 'onetrip-api' } });

let database: Database;
try {
  database = await openDatabase(
    config.database.kind === 'postgres'
      ? { ...config.database, onIdleConnectionError: (err) => log.warn({ err }, 'database closed an idle connection; it will be replaced') }
      : config.database,
  );
  const applied = await migrate(database);
  if (applied.length) log.info({ applied }, 'migrations applied');
} catch (e) {
  const where = config.database.kind === 'postgres' ? 'DATABASE_URL' : `DATA_DIR (${config.database.dataDir})`;
  fail(`cannot open the database given by ${where}: ${(e as Error).message}`);
}

// One clock for the process (CLOCK_START moves it for tests and demos): the demo center's first
// seed is dated by it too, so its appointments and backlog sit around the app's today.
const clock = createClock(config);
const seeded = config.SEED_ON_FIRST_START ? await seedIfEmpty(database, log, clock()) : null;

const services = await createServices(config, database, log, clock);
const app = await buildApp(services);
// The entrusted bank: the simulator as a child process, unless BANK_GATEWAY_URL names a gateway.
const bankSim = config.BANK_GATEWAY_URL
  ? null
  : await startBankSimulatorProcess({ port: config.BANK_SIM_PORT, dataDir: path.join(path.resolve(config.DATA_DIR), 'bank-sim'), ...(config.CLOCK_START ? { now: clock() } : {}) }).catch((e: Error) =>
      fail(`cannot start the bank simulator on BANK_SIM_PORT ${config.BANK_SIM_PORT}: ${e.message}`),
    );
const jobs = await startBackgroundJobs(services, config.BANK_GATEWAY_URL ?? bankSim!.url);
await app.fastify.listen({ port: config.PORT, host: config.HOST });

const url = `http://${config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
process.stdout.write(
  [
    '',
    `OneTrip workbench: ${url}`,
    `database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.database.kind === 'pglite' ? config.database.dataDir : ''} (trial / single office; not crash-safe)` : 'PostgreSQL'}`,
    ...(seeded ? ['demo logins (password for all: ' + seeded.password + '):', ...seeded.logins.map((l) => `  ${l.role.padEnd(10)} ${l.username.padEnd(14)} ${l.name}  ${l.office}`)] : []),
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  app.markShuttingDown();
  const timer = setTimeout(() => {
    log.error('graceful shutdown timed out');
    process.exit(1);
  }, config.SHUTDOWN_GRACE_SECONDS * 1000);
  timer.unref();
  try {
    await app.fastify.close();
    await jobs.stop(); // in-flight jobs finish; an interrupted one is re-run safely elsewhere
    await closeSharedOcrPool();
    await bankSim?.stop();
    await database.close();
    log.info('stopped');
    process.exit(0);
  } catch (e) {
    log.error({ err: e }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
