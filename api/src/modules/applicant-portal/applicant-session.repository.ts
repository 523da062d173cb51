// Applicant sessions, modelled on the staff ones (auth/session.repository.ts) but apart from
// them: their own cookie and table, a short fixed lifetime, and no roles — an applicant acts only
// on their own applications.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { ApplicantActor } from '../../trpc/context';

export const APPLICANT_COOKIE = 'onetrip_applicant';

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createApplicantSession(trx: Transaction<DB>, idNumber: string, now: Date, lifetimeMs: number): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = idOf(token);
  await trx
    .insertInto('applicant_sessions')
    .values({ id: sessionId, id_number: idNumber, created_at: now, expires_at: new Date(now.getTime() + lifetimeMs) })
    .execute();
  return { token, sessionId };
}

export type ApplicantSessionLookup = { status: 'valid'; applicant: ApplicantActor } | { status: 'expired' } | { status: 'none' };

export async function resolveApplicantSession(db: Kysely<DB>, token: string, now: Date): Promise<ApplicantSessionLookup> {
  const sessionId = idOf(token);
  const row = await db
    .selectFrom('applicant_sessions as s')
    .innerJoin('persons as p', 'p.id_number', 's.id_number')
    .select(['s.id', 's.expires_at', 's.ended_at', 'p.id_number', 'p.name'])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return { status: 'none' };
  if (row.ended_at || now >= row.expires_at) return { status: 'expired' };
  return { status: 'valid', applicant: { kind: 'applicant', idNumber: row.id_number, name: row.name, sessionId } };
}

export async function endApplicantSession(db: Kysely<DB> | Transaction<DB>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('applicant_sessions').set({ ended_at: now }).where('id', '=', sessionId).where('ended_at', 'is', null).execute();
}
