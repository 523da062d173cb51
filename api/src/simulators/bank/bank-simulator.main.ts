// The bank simulator as its own process: `tsx bank-simulator.main.ts`. main.ts starts it as a
// child unless BANK_GATEWAY_URL points at another gateway; tests start it too and kill it to
// prove its books survive a restart. Prints one JSON line with the port once it listens.
import path from 'node:path';
import { createClock } from '../../config/clock';
import { loadConfig } from '../../config/config';
import { buildBankSimulator } from './bank-simulator.app';

const port = Number(process.env.BANK_SIM_PORT ?? 3100);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = path.resolve(process.env.BANK_SIM_DATA_DIR ?? path.join(process.env.DATA_DIR ?? 'data', 'bank-sim'));

// The app's clock (CLOCK_START, tests and demos): a moved center and a real-time bank would book
// a payment on one day and list it on another day's statement.
const app = buildBankSimulator({ dataDir, clock: createClock(loadConfig()) });
const address = await app.listen({ port, host });
process.stdout.write(JSON.stringify({ event: 'listening', port: Number(new URL(address).port), dataDir }) + '\n');

const stop = () => {
  void app.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
