// The real app as `pnpm start` runs it — same entry, built SPA — in a child process on a free
// port, for the e2e global setup and the browser benches. The caller chooses the database through
// `env` (DATA_DIR for the embedded one, DATABASE_URL for PostgreSQL).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const STOP_TIMEOUT_MS = 30_000;

export interface RunningApp {
  readonly baseURL: string;
  /** The last lines the server printed (for an error message). */
  output(): string;
  stop(): Promise<void>;
}

export function assertWebBuilt(): void {
  if (!existsSync(path.join(REPO, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: build the SPA first (pnpm --filter @onetrip/web build, or pnpm test:e2e)');
  }
}

/** Starts the app with `env` on top of this process's and waits until /healthz answers 200. */
export async function startApp(env: NodeJS.ProcessEnv, startTimeoutMs: number): Promise<RunningApp> {
  assertWebBuilt();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(REPO, 'api'),
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  const app: RunningApp = { baseURL, output: () => lines.join(''), stop: () => stopServer(server, exited) };
  try {
    await waitForHealth(baseURL, exited, startTimeoutMs);
  } catch (error) {
    await app.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${app.output()}`);
  }
  return app;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stoppedWith: number | null | undefined;
  void exited.then((code) => (stoppedWith = code));
  while (Date.now() < deadline) {
    if (stoppedWith !== undefined) throw new Error(`the app exited with code ${stoppedWith} before it was healthy`);
    try {
      const response = await fetch(`${baseURL}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer /healthz with 200 within ${timeoutMs / 1000} s`);
}

async function stopServer(server: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS))),
  ]);
  // A pending timer would keep the runner alive after the run.
  clearTimeout(timer);
  if (timedOut) {
    server.kill('SIGKILL');
    await exited;
  }
}
