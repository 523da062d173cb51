// Server-side sessions. The cookie holds a random token; the table holds its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { StaffActor } from '../../trpc/context';

export const SESSION_COOKIE = 'onetrip_sid';
const TOUCH_AFTER_MS = 60_000; // write last_seen at most once a minute per session

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A staff row as the actor of a session (or of a seed, bench or test acting in its name). */
export function staffActorOf(
  row: { id: string; username: string; display_name: string; role: StaffActor['role']; office_id: StaffActor['officeId']; window_id: StaffActor['windowId'] },
  sessionId: string,
): StaffActor {
  return { kind: 'staff', id: row.id, username: row.username, displayName: row.display_name, role: row.role, officeId: row.office_id, windowId: row.window_id, sessionId };
}

export interface SessionPolicy {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export async function createSession(
  trx: Transaction<DB>,
  staffId: string,
  now: Date,
  policy: SessionPolicy,
  userAgent: string | null,
): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = idOf(token);
  await trx
    .insertInto('staff_sessions')
    .values({
      id: sessionId,
      staff_id: staffId,
      created_at: now,
      last_seen_at: now,
      absolute_expires_at: new Date(now.getTime() + policy.absoluteMs),
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, sessionId };
}

export type SessionLookup = { status: 'valid'; actor: StaffActor } | { status: 'expired' } | { status: 'none' };

export async function resolveSession(db: Kysely<DB>, token: string, now: Date, policy: SessionPolicy): Promise<SessionLookup> {
  const sessionId = idOf(token);
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff as st', 'st.id', 's.staff_id')
    .select(['s.id', 's.last_seen_at', 's.absolute_expires_at', 's.ended_at', 'st.id as staff_id', 'st.username', 'st.display_name', 'st.role', 'st.office_id', 'st.window_id', 'st.active'])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row || row.ended_at) return { status: row ? 'expired' : 'none' };
  const idleExpired = now.getTime() - row.last_seen_at.getTime() > policy.idleMs;
  if (idleExpired || now >= row.absolute_expires_at || !row.active) {
    await endSession(db, sessionId, now);
    return { status: 'expired' };
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
  }
  return { status: 'valid', actor: staffActorOf({ ...row, id: row.staff_id }, sessionId) };
}

export async function endSession(db: Kysely<DB> | Transaction<DB>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('staff_sessions').set({ ended_at: now }).where('id', '=', sessionId).where('ended_at', 'is', null).execute();
}
