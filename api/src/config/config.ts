// One typed, validated config object, built once at start-up from the environment.
// A bad value stops the process with one line naming the variable (see main.ts).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const minutes = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'data')),
  WEB_DIST: z.string().min(1).default(path.join(REPO_ROOT, 'web', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: minutes.default(30),
  SESSION_ABSOLUTE_HOURS: minutes.default(12),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: minutes.default(15),
  COOKIE_SECURE: bool.default(false),
  // Behind a reverse proxy every request comes from the proxy's address, so the per-caller limits
  // of the public doors (progress lookup, appointment booking) would count everyone as one caller.
  // Name the proxies to trust for X-Forwarded-For: a hop count, or their addresses / CIDR ranges.
  // Unset, the header is ignored (a client could otherwise pick its own address).
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(\d{1,2}|[\d.:a-fA-F/]+(\s*,\s*[\d.:a-fA-F/]+)*)$/, 'must be a hop count (e.g. 1) or proxy addresses / CIDR ranges separated by commas')
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v.split(',').map((a) => a.trim())))
    .optional(),
  // Where the public reaches this service: the receipt's and the loan letter's QR codes carry
  // PUBLIC_URL/progress?receipt=…, which a phone can only open as a whole address. Unset, the
  // address this machine serves on (a demo on one machine).
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// address, e.g. https://gjj.example.gov.cn' }).optional(),
  SEED_ON_FIRST_START: bool.default(true),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  BANK_GATEWAY_URL: z.string().url().optional(),
  // 0 = any free port (tests, several instances on one machine)
  BANK_SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(3100),
  BANK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  JOB_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  JOB_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // Data-sharing: how long the clerk waits for an agency before the paper is asked for instead,
  // and how the simulators (demo, tests) behave: answer latency and share of failed calls.
  SHARING_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1500),
  SHARING_SIM_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(80),
  SHARING_SIM_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  // The public developer inbox of simulated SMS / WeChat messages (demo and development only).
  // It shows the online hall's sign-in codes to anyone, so it is off by default in production.
  DEV_INBOX: bool.optional(),
  // Online applicants: session length, and the office that takes an online application when the
  // applicant's employer names none.
  APPLICANT_SESSION_MINUTES: minutes.default(30),
  ONLINE_DEFAULT_OFFICE: z.string().min(1).default('HRB-DL'),
  // Page capture at the counter: the largest file accepted (beyond it: imaging.too_large, 413)
  // and the OCR workers (default: one per core).
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(200).default(25),
  OCR_POOL_SIZE: z.coerce.number().int().min(1).max(32).optional(),
  // The archive: the filesystem under DATA_DIR/archive unless an S3-compatible endpoint is set
  // (then bucket and keys are required; path-style suits MinIO and most self-hosted servers).
  ARCHIVE_S3_ENDPOINT: z.string().url().optional(),
  ARCHIVE_S3_BUCKET: z.string().min(3).max(63).optional(),
  ARCHIVE_S3_REGION: z.string().min(1).default('us-east-1'),
  ARCHIVE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ARCHIVE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ARCHIVE_S3_FORCE_PATH_STYLE: bool.default(true),
  ARCHIVE_S3_PREFIX: z.string().default(''),
  // Tests and demos only: the instant the app's "now" starts at (with an explicit offset, e.g.
  // 2026-10-10T10:00:00+08:00), running on from there at real speed, or standing still with
  // CLOCK_FROZEN=true. Refused with NODE_ENV=production (below); the clock itself is clock.ts.
  CLOCK_START: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset, e.g. 2026-10-10T10:00:00+08:00' }).optional(),
  CLOCK_FROZEN: bool.default(false),
  NODE_ENV: z.string().optional(),
});

export type ArchiveConfig =
  | { kind: 'filesystem'; root: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean; prefix: string };

export type Config = Omit<z.infer<typeof envSchema>, 'DEV_INBOX'> & {
  /** DEV_INBOX, else on unless NODE_ENV=production */
  readonly DEV_INBOX: boolean;
  /** PUBLIC_URL, or http://localhost:PORT */
  readonly publicUrl: string;
  readonly database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  readonly archive: ArchiveConfig;
};

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const value = env[variable];
    throw new ConfigError(variable, `${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`);
  }
  const c = parsed.data;
  // A center's records must carry the real time: a moved clock is for tests and demos only.
  if (c.CLOCK_START && c.NODE_ENV === 'production') throw new ConfigError('CLOCK_START', 'not allowed when NODE_ENV=production');
  if (c.CLOCK_FROZEN && !c.CLOCK_START) throw new ConfigError('CLOCK_FROZEN', 'needs CLOCK_START (the instant to stand still at)');
  return {
    archive: archiveConfig(c),
    ...c,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    DEV_INBOX: c.DEV_INBOX ?? c.NODE_ENV !== 'production',
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(path.resolve(c.DATA_DIR), 'pgdata') },
  };
}

function archiveConfig(c: z.infer<typeof envSchema>): ArchiveConfig {
  if (!c.ARCHIVE_S3_ENDPOINT) return { kind: 'filesystem', root: path.join(path.resolve(c.DATA_DIR), 'archive') };
  const required = ['ARCHIVE_S3_BUCKET', 'ARCHIVE_S3_ACCESS_KEY_ID', 'ARCHIVE_S3_SECRET_ACCESS_KEY'] as const;
  for (const variable of required) {
    if (!c[variable]) throw new ConfigError(variable, 'required when ARCHIVE_S3_ENDPOINT is set');
  }
  return {
    kind: 's3',
    endpoint: c.ARCHIVE_S3_ENDPOINT,
    bucket: c.ARCHIVE_S3_BUCKET!,
    region: c.ARCHIVE_S3_REGION,
    accessKeyId: c.ARCHIVE_S3_ACCESS_KEY_ID!,
    secretAccessKey: c.ARCHIVE_S3_SECRET_ACCESS_KEY!,
    forcePathStyle: c.ARCHIVE_S3_FORCE_PATH_STYLE,
    prefix: c.ARCHIVE_S3_PREFIX,
  };
}
