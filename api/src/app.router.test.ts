// Walks the whole router: every procedure must declare a permission, and the role × procedure
// matrix must answer UNAUTHORIZED without a session and FORBIDDEN for every role lacking it.
// Applicant procedures open for an applicant session only: never for staff, and staff procedures
// never for an applicant.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { TRPCError } from '@trpc/server';
import { appRouter } from './app.router';
import { loadConfig } from './config/config';
import type { Database } from './db/database';
import { PERMISSIONS, ROLES, roleHas, type Permission } from './modules/auth/permissions';
import type { ApplicantActor, Context, StaffActor } from './trpc/context';
import type { ProcedureMeta } from './trpc/trpc';
import { t } from './trpc/trpc';
import { builtInReferenceData } from './reference/reference-data';

type AnyProcedure = { _def: { meta?: ProcedureMeta; type: 'query' | 'mutation' | 'subscription' } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

// A database that fails loudly: an allowed call that reaches it proves it passed the check.
const unreachableDb = new Proxy({}, { get: () => { throw new Error('reached the database'); } }) as unknown as Database;

const unreachableArchive = new Proxy({}, { get: () => { throw new Error('reached the archive'); } }) as unknown as Context['archive'];

function ctxFor(actor: StaffActor | null, applicant: ApplicantActor | null = null): Context {
  return {
    database: unreachableDb,
    config: loadConfig({}),
    clock: () => new Date('2026-11-20T02:00:00Z'),
    log: pino({ level: 'silent' }),
    reference: builtInReferenceData(),
    archive: unreachableArchive,
    actor,
    sessionExpired: false,
    applicant,
    cookies: { get: () => undefined, set: () => undefined, clear: () => undefined },
    clientIp: '127.0.0.1',
    requestId: 'test',
    userAgent: null,
  };
}

async function outcome(path: string, actor: StaffActor | null, applicant: ApplicantActor | null = null): Promise<string> {
  const caller = t.createCallerFactory(appRouter)(ctxFor(actor, applicant));
  const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (input?: unknown) => Promise<unknown>;
  try {
    await fn(undefined);
    return 'ok';
  } catch (e) {
    if (e instanceof TRPCError && (e.code === 'UNAUTHORIZED' || e.code === 'FORBIDDEN')) return e.code;
    return 'passed-auth';
  }
}

describe('the router', () => {
  it('has procedures, and every one declares a known permission', () => {
    expect(procedures.length).toBeGreaterThan(3);
    for (const [path, proc] of procedures) {
      expect(proc._def.meta?.permission, `procedure ${path} declares no permission`).toBeDefined();
      expect(PERMISSIONS).toContain(proc._def.meta!.permission);
    }
  });

  const forApplicants = (p: AnyProcedure) => p._def.meta?.permission === 'applicant.self';
  const matrix = procedures.filter(([, p]) => p._def.meta?.permission !== 'public' && !forApplicants(p));
  const applicantOnly = procedures.filter(([, p]) => forApplicants(p)).map(([path]) => path);
  const applicant: ApplicantActor = { kind: 'applicant', idNumber: '110101199003070019', name: '申请人', sessionId: 'a' };
  const staffOf = (role: StaffActor['role']): StaffActor => ({ kind: 'staff', id: 'S1', username: 'u', displayName: 'U', role, officeId: 'HRB-DL', windowId: null, sessionId: 's' });

  it.each(matrix.map(([path]) => path))('%s refuses a caller without a session', async (path) => {
    expect(await outcome(path, null)).toBe('UNAUTHORIZED');
  });

  it.each(matrix.flatMap(([path, p]) => ROLES.map((role) => [path, role, p._def.meta!.permission] as const)))(
    '%s as %s',
    async (path, role, permission: Permission) => {
      const actor: StaffActor = { kind: 'staff', id: 'S1', username: 'u', displayName: 'U', role, officeId: 'HRB-DL', windowId: null, sessionId: 's' };
      const got = await outcome(path, actor);
      if (roleHas(role, permission)) expect(got).not.toMatch(/UNAUTHORIZED|FORBIDDEN/);
      else expect(got).toBe('FORBIDDEN');
    },
  );

  it('has applicant procedures, and no staff role holds their permission', () => {
    expect(applicantOnly.length).toBeGreaterThan(0);
    for (const role of ROLES) expect(roleHas(role, 'applicant.self')).toBe(false);
  });

  it.each(applicantOnly)('%s refuses a caller without an applicant session', async (path) => {
    expect(await outcome(path, null)).toBe('UNAUTHORIZED');
  });

  it.each(applicantOnly.flatMap((path) => ROLES.map((role) => [path, role] as const)))('%s refuses a staff-only session as %s', async (path, role) => {
    expect(await outcome(path, staffOf(role))).toBe('UNAUTHORIZED');
  });

  it.each(applicantOnly)('%s lets a signed-in applicant through', async (path) => {
    expect(await outcome(path, null, applicant)).not.toMatch(/UNAUTHORIZED|FORBIDDEN/);
  });

  it.each(matrix.map(([path]) => path))('%s refuses an applicant-only session', async (path) => {
    expect(await outcome(path, null, applicant)).toBe('UNAUTHORIZED');
  });
});
