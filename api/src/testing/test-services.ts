// Services and callers for integration tests: a settable clock, a silent logger, a cookie jar
// that remembers what the server set, and a tRPC caller acting as a given session.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createFsArchiveStore } from '@onetrip/imaging';
import { appRouter } from '../app.router';
import { loadConfig, type Config } from '../config/config';
import type { Database } from '../db/database';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/session.repository';
import { sessionPolicy } from '../modules/auth/auth.service';
import { APPLICANT_COOKIE, resolveApplicantSession } from '../modules/applicant-portal/applicant-session.repository';
import type { Context, CookieJar, Services } from '../trpc/context';
import { t } from '../trpc/trpc';
import { builtInReferenceData } from '../reference/reference-data';

export interface TestClock {
  (): Date;
  set(iso: string | Date): void;
  advanceMinutes(m: number): void;
}

export function testClock(start = '2026-11-20T02:00:00Z'): TestClock {
  let now = new Date(start);
  const clock = (() => new Date(now.getTime())) as TestClock;
  clock.set = (iso) => {
    now = new Date(iso);
  };
  clock.advanceMinutes = (m) => {
    now = new Date(now.getTime() + m * 60_000);
  };
  return clock;
}

export function testServices(database: Database, overrides: Partial<Config> = {}): Services & { clock: TestClock } {
  return {
    database,
    config: { ...loadConfig({ SEED_ON_FIRST_START: 'false' }), ...overrides },
    clock: testClock(),
    log: pino({ level: 'silent' }),
    reference: builtInReferenceData(),
    archive: createFsArchiveStore(mkdtempSync(path.join(os.tmpdir(), 'onetrip-archive-'))),
  };
}

export class MemoryCookieJar implements CookieJar {
  readonly values = new Map<string, string>();
  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: string) {
    this.values.set(name, value);
  }
  clear(name: string) {
    this.values.delete(name);
  }
}

const createCaller = t.createCallerFactory(appRouter);

/** A caller that behaves like one browser: it keeps its cookies between calls. */
export function browser(services: Services, clientIp = '203.0.113.7') {
  const jar = new MemoryCookieJar();
  return {
    jar,
    async caller() {
      const token = jar.get(SESSION_COOKIE);
      const lookup = token ? await resolveSession(services.database.db, token, services.clock(), sessionPolicy(services.config)) : { status: 'none' as const };
      const applicantToken = jar.get(APPLICANT_COOKIE);
      const applicant = applicantToken ? await resolveApplicantSession(services.database.db, applicantToken, services.clock()) : { status: 'none' as const };
      const ctx: Context = {
        ...services,
        actor: lookup.status === 'valid' ? lookup.actor : null,
        sessionExpired: lookup.status === 'expired',
        applicant: applicant.status === 'valid' ? applicant.applicant : null,
        cookies: jar,
        clientIp,
        requestId: 'test',
        userAgent: 'vitest',
      };
      return createCaller(ctx);
    },
  };
}
