// Issue 7's figure: with 1,000,000 applications loaded (`pnpm seed --scale large` in a scratch
// PostgreSQL database, shared with the board suite), a reviewer in Debian's Chromium opens the
// queue (navigation → queue cards and task rows visible) and presses the claim-next key
// (→ the decide screen with its material viewer and rule checks visible), each under 1 s.
// Anchor: the slowest tRPC request the same step made, so the ratio shows what the page adds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp } from '../e2e/support/app-process';
import type { BenchFigure, BenchSuite } from './figure';
import { ReviewerSession, type StepSample } from './review-ui/reviewer-session';
import { largeCenter } from './scale/large-center';
import { percentile } from './timing';

const TARGET_MS = 1000;
const SAMPLES = 20;
const WARMUP = 3;
const REVIEWER = 'reviewer01';

const log = (line: string) => process.stderr.write(`  review-ui: ${line}\n`);
const round = (v: number) => Math.round(v * 10) / 10;

function stepFigures(id: string, label: string, samples: StepSample[]): BenchFigure[] {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const api = samples.map((s) => s.slowestApiMs).sort((a, b) => a - b);
  const p50 = percentile(ms, 0.5);
  const p95 = percentile(ms, 0.95);
  const apiP50 = percentile(api, 0.5);
  const anchor = { label: 'slowest tRPC request of the step, p50', value: round(apiP50), unit: 'ms' };
  const requests = samples.map((s) => s.requests).sort((a, b) => a - b);
  return [
    { id: `review_ui.${id}_p50_ms`, label: `1M applications: ${label} — p50 (${SAMPLES} runs)`, value: round(p50), unit: 'ms', target: `< ${TARGET_MS} ms`, pass: p50 < TARGET_MS, anchor },
    { id: `review_ui.${id}_p95_ms`, label: `1M applications: ${label} — p95 (${SAMPLES} runs)`, value: round(p95), unit: 'ms', target: `< ${TARGET_MS} ms`, pass: p95 < TARGET_MS, anchor },
    { id: `review_ui.${id}_vs_api`, label: `${label}: page p50 ÷ slowest API request p50`, value: Math.round((p50 / Math.max(apiP50, 0.1)) * 100) / 100, unit: '×', target: 'profile, no target', pass: true, anchor },
    { id: `review_ui.${id}_requests`, label: `${label}: tRPC requests sent (median; a batch counts once)`, value: percentile(requests, 0.5), unit: 'requests', target: 'profile, no target', pass: true },
  ];
}

const suite: BenchSuite = async () => {
  const center = await largeCenter();
  if ('skip' in center) {
    return ['queue_p50_ms', 'queue_p95_ms', 'claim_next_p50_ms', 'claim_next_p95_ms'].map((f) => ({ id: `review_ui.${f}`, label: `${f}: not measured — ${center.skip}`, value: 0, unit: '', target: 'measured', pass: false }));
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'onetrip-bench-ui-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: center.url, DATA_DIR: dataDir, SEED_ON_FIRST_START: 'false', LOG_LEVEL: 'warn', BANK_SIM_PORT: '0' };
  const app = await startApp(env, 180_000);
  let session: ReviewerSession | undefined;
  try {
    session = await ReviewerSession.signIn(app.baseURL, REVIEWER);
    for (let i = 0; i < WARMUP; i++) {
      await session.openQueue();
      await session.claimNext();
    }
    const queue: StepSample[] = [];
    const next: StepSample[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      queue.push(await session.openQueue());
      next.push(await session.claimNext());
    }
    log(`queue step calls: ${queue[0]!.procedures.join(', ')}`);
    log(`claim-next step calls: ${next[0]!.procedures.join(', ')}`);
    return [
      ...stepFigures('queue', 'open the queue (navigation → queue cards and task rows visible)', queue),
      ...stepFigures('claim_next', 'claim next on the queue (key N → decide screen: material viewer and rule checks visible)', next),
    ];
  } finally {
    await session?.close();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

export default suite;
