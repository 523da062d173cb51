// Starts the bank simulator as a child process and resolves once it listens: used by main.ts
// (`pnpm start`) and by the tests, which also kill and restart it.
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spawnTypeScript } from '../../jobs/spawn-typescript';

const ENTRY = fileURLToPath(new URL('./bank-simulator.main.ts', import.meta.url));

export interface BankSimulatorProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** SIGTERM and wait for the exit */
  stop(): Promise<void>;
}

/** `now`: the starting app's clock reading when it runs on a moved clock (CLOCK_START), so the bank's runs from the same instant. */
export function startBankSimulatorProcess(options: { port: number; dataDir: string; host?: string; now?: Date }): Promise<BankSimulatorProcess> {
  const host = options.host ?? '127.0.0.1';
  const child = spawnTypeScript(ENTRY, {
    env: { ...process.env, BANK_SIM_PORT: String(options.port), BANK_SIM_DATA_DIR: options.dataDir, HOST: host, ...(options.now ? { CLOCK_START: options.now.toISOString() } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`bank simulator exited before listening (code ${code})`)));
    lines.on('line', (line) => {
      let msg: { event?: string; port?: number };
      try {
        msg = JSON.parse(line) as typeof msg;
      } catch {
        return;
      }
      if (msg.event !== 'listening' || !msg.port) return;
      resolve({
        url: `http://${host}:${msg.port}`,
        port: msg.port,
        child,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
