// A center of its own for a spec that needs a known day: a fresh embedded database (PGlite, its
// own DATA_DIR) seeded with the National Day mix by the api's holiday-mix script in a child
// process (the specs import no package source), then the real app on it with its clock set to the
// mix's instant (CLOCK_START). The global app and its data are left alone. PGlite admits one
// process at a time, so `inspect()` reads the database after the app has stopped.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { BoardNumbers } from '../pages/supervision.page';
import { launchBrowser, newWorkstation } from './browser';
import { startApp, type RunningApp } from './app-process';
import { signInAt } from './workstations';

const API = fileURLToPath(new URL('../../api', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const SCRIPT_TIMEOUT_MS = 90_000;

export type Sla = 'breached' | 'due_today' | 'at_risk' | 'on_track' | 'paused';
export interface CountedBoard extends BoardNumbers {
  today: string;
  nextWorkingDay: string;
  cases: { receiptNo: string; sla: Sla; claimed: boolean; officeId: string; step: string | null }[];
}
export interface SeededCase {
  key: string;
  applicationId: string;
  receiptNo: string;
  applicantName: string;
  taskId: string | null;
  expected: { dueOn: string; sla: Sla; office: string; step: string; claimedBy: string | null };
}
/** What `holiday-mix.cli.ts seed` prints. */
export interface SeededMix {
  now: string;
  cases: SeededCase[];
  /** the staff the story names (and reviewer05), by username */
  staff: Record<string, { id: string; displayName: string }>;
  /** the board by construction of the mix */
  expected: BoardNumbers;
  /** the board counted from the tables by the seeding process */
  counted: CountedBoard;
}
/** What `holiday-mix.cli.ts inspect` prints. */
export interface Inspection {
  counted: CountedBoard;
  reassigned: { seq: number; at: string; applicationId: string; data: { taskId: number; step: string; from: string | null; to: string | null }; by: string }[];
  policyChanges: { key: string; effectiveFrom: string; value: unknown; changedAt: string; by: string }[];
  liveTasks: { id: string; application_id: string; status: string; assignee: string | null }[];
  chain: { ok: boolean };
}

export interface HolidayCenter {
  readonly mix: () => SeededMix;
  readonly baseURL: () => string;
  /** A new workstation whose own clock reads the mix's instant too, where `username` signed in. */
  signedIn(username: string, language?: 'zh-CN' | 'en'): Promise<Page>;
  /** Stops the app (idempotent) and reads the database with the holiday-mix script. */
  inspect(): Promise<Inspection>;
}

/** Seeds, starts and, after the file, stops and removes the center; one Chromium for the file. */
export function useHolidayCenter(): HolidayCenter {
  let dataDir: string | undefined;
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let mix: SeededMix | undefined;
  const env = (): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_ON_FIRST_START: 'false', BANK_SIM_PORT: '0' };
    delete e.DATABASE_URL;
    return e;
  };

  // Chromium starts while the center is seeded; kept so a failed seed still closes it.
  let launched: Promise<Browser> | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'onetrip-holiday-'));
    launched = launchBrowser();
    mix = JSON.parse(await runScript(['seed'], env())) as SeededMix;
    app = await startApp({ ...env(), CLOCK_START: mix.now }, START_TIMEOUT_MS);
    browser = await launched;
  });
  afterAll(async () => {
    await (browser ?? (await launched?.catch(() => undefined)))?.close();
    await app?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the holiday center has no ${what} (use inside a test)`);
    return value;
  };
  return {
    mix: () => must(mix, 'mix'),
    baseURL: () => must(app, 'app').baseURL,
    async signedIn(username, language = 'zh-CN') {
      const context = await newWorkstation(must(browser, 'browser'), must(app, 'app').baseURL);
      // The desk's own date (the shell's header) agrees with the server's.
      await context.clock.setFixedTime(new Date(must(mix, 'mix').now));
      return signInAt(context, username, language);
    },
    async inspect() {
      await must(app, 'app').stop();
      return JSON.parse(await runScript(['inspect', must(mix, 'mix').now], env())) as Inspection;
    },
  };
}

/** Runs api/src/seed/holiday-mix.cli.ts and returns the JSON line it prints. */
function runScript(args: ['seed'] | ['inspect', string], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/seed/holiday-mix.cli.ts', ...args], { cwd: API, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), SCRIPT_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(line);
      else reject(new Error(`holiday-mix ${args[0]} exited with ${code}\n${err}${out}`));
    });
  });
}
