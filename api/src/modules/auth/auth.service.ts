// Staff sign-in: argon2id verification, lockout after repeated failures (audited), sessions.
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { dummyHash, verifyPassword } from './password';
import { createSession, endSession, type SessionPolicy } from './session.repository';

export function sessionPolicy(config: Services['config']): SessionPolicy {
  return { idleMs: config.SESSION_IDLE_MINUTES * 60_000, absoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000 };
}

export interface LoginResult {
  readonly token: string;
  readonly actor: StaffActor;
}

export async function login(
  services: Services,
  input: { username: string; password: string },
  userAgent: string | null,
): Promise<LoginResult> {
  const { database, config, clock } = services;
  const db = database.db;
  const now = clock();
  const username = input.username.trim().toLowerCase();
  const staff = await db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirst();

  if (!staff || !staff.active) {
    await verifyPassword(await dummyHash(), input.password);
    await db.transaction().execute((trx) =>
      appendAudit(trx, { at: now, actorKind: 'anonymous', actorId: null, action: 'auth.login_failed', data: { username, reason: 'unknown_user' } }),
    );
    throw new AppError('UNAUTHORIZED', 'auth.invalid_credentials');
  }
  if (staff.locked_until && staff.locked_until > now) {
    throw new AppError('TOO_MANY_REQUESTS', 'auth.locked', { until: staff.locked_until.toISOString() });
  }

  const ok = await verifyPassword(staff.password_hash, input.password);
  if (!ok) {
    const lockedUntil = await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('staff')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', staff.id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { at: now, actorKind: 'anonymous', actorId: null, action: 'auth.login_failed', subjectType: 'staff', subjectId: staff.id, data: { attempt: row.failed_logins } });
      if (row.failed_logins < config.LOGIN_MAX_ATTEMPTS) return null;
      const until = new Date(now.getTime() + config.LOGIN_LOCK_MINUTES * 60_000);
      await trx.updateTable('staff').set({ locked_until: until, failed_logins: 0 }).where('id', '=', staff.id).execute();
      await appendAudit(trx, { at: now, actorKind: 'system', actorId: null, action: 'auth.locked', subjectType: 'staff', subjectId: staff.id, data: { until: until.toISOString(), attempts: row.failed_logins } });
      return until;
    });
    if (lockedUntil) throw new AppError('TOO_MANY_REQUESTS', 'auth.locked', { until: lockedUntil.toISOString() });
    throw new AppError('UNAUTHORIZED', 'auth.invalid_credentials');
  }

  const { token, sessionId } = await db.transaction().execute(async (trx) => {
    await trx.updateTable('staff').set({ failed_logins: 0, locked_until: null }).where('id', '=', staff.id).execute();
    const session = await createSession(trx, staff.id, now, sessionPolicy(config), userAgent);
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: staff.id, action: 'auth.login', subjectType: 'staff', subjectId: staff.id });
    return session;
  });
  return {
    token,
    actor: {
      kind: 'staff',
      id: staff.id,
      username: staff.username,
      displayName: staff.display_name,
      role: staff.role,
      officeId: staff.office_id,
      windowId: staff.window_id,
      sessionId,
    },
  };
}

export async function logout(services: Services, actor: StaffActor): Promise<void> {
  const now = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    await endSession(trx, actor.sessionId, now);
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'auth.logout', subjectType: 'staff', subjectId: actor.id });
  });
}
