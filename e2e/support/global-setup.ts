// Starts the real app the way `pnpm start` does — same entry, built SPA, embedded PGlite seeded
// with the demo center on first start — but isolated: a fresh temporary DATA_DIR and a free port,
// so a run never touches ./data and never collides with an app already running.
// Set E2E_BASE_URL to run the specs against an app you started yourself instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The first start migrates and seeds the whole demo center: ~45 s idle, ~2 min on a loaded CI box. */
const START_TIMEOUT_MS = 360_000;
const STOP_TIMEOUT_MS = 30_000;

export default async function setup(project: TestProject) {
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseURL', given.replace(/\/$/, ''));
    return;
  }
  if (!existsSync(path.join(REPO, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: build the SPA first (pnpm --filter @onetrip/web build, or pnpm test:e2e)');
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'onetrip-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_ON_FIRST_START: 'true', BANK_SIM_PORT: '0' };
  // The specs always run on the embedded database, whatever the developer's shell points at.
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: path.join(REPO, 'api'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

  const stop = async () => {
    await stopServer(server, exited);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output.join('')}`);
  }
  project.provide('baseURL', baseURL);
  return stop;
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

async function waitForHealth(baseURL: string, exited: Promise<number | null>): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
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
  throw new Error(`the app did not answer /healthz with 200 within ${START_TIMEOUT_MS / 1000} s`);
}

async function stopServer(server: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS))),
  ]);
  // A pending timer would keep vitest alive after the run.
  clearTimeout(timer);
  if (timedOut) {
    server.kill('SIGKILL');
    await exited;
  }
}
