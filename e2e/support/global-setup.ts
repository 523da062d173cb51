// Starts the real app the way `pnpm start` does — same entry, built SPA, embedded PGlite seeded
// with the demo center on first start — but isolated: a fresh temporary DATA_DIR and a free port,
// so a run never touches ./data and never collides with an app already running.
// Set E2E_BASE_URL to run the specs against an app you started yourself instead.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertWebBuilt, startApp, type RunningApp } from './app-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** The first start migrates and seeds the whole demo center: ~45 s idle, ~2 min on a loaded CI box. */
const START_TIMEOUT_MS = 360_000;

export default async function setup(project: TestProject) {
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseURL', given.replace(/\/$/, ''));
    return;
  }
  assertWebBuilt();

  const dataDir = await mkdtemp(path.join(tmpdir(), 'onetrip-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_ON_FIRST_START: 'true', BANK_SIM_PORT: '0' };
  // The specs always run on the embedded database, whatever the developer's shell points at.
  delete env.DATABASE_URL;
  let app: RunningApp;
  try {
    app = await startApp(env, START_TIMEOUT_MS);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseURL', app.baseURL);
  return async () => {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
