// A job worker without the HTTP server: `tsx api/src/jobs/job-worker.main.ts`. For PostgreSQL
// deployments that want more runners than API processes (SKIP LOCKED lets them share the outbox);
// the chaos test starts it and kills it with SIGKILL. PGlite has one owner process, so there the
// API runs its jobs itself and this worker refuses to start.
import pino from 'pino';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createServices } from '../services';
import { startBackgroundJobs } from './background-jobs';

const config = loadConfig();
if (config.database.kind !== 'postgres' || !config.BANK_GATEWAY_URL) {
  process.stderr.write('job worker: needs DATABASE_URL (PostgreSQL) and BANK_GATEWAY_URL\n');
  process.exit(1);
}
const log = pino({ level: config.LOG_LEVEL, base: { service: 'onetrip-worker' } });
const database = await openDatabase(config.database);
const services = await createServices(config, database, log);
const runner = await startBackgroundJobs(services, config.BANK_GATEWAY_URL);
process.stdout.write(JSON.stringify({ event: 'worker_started', runner: runner.id }) + '\n');

const stop = async () => {
  await runner.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
