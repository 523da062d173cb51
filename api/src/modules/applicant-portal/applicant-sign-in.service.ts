// Applicant sign-in for the online hall: ID number + the mobile on file → a code by SMS → a
// session. Nothing here tells a caller whether a person exists: a request for an unknown ID, or
// with a mobile that is not the one on file, gets the same answer as a real one (and no SMS),
// and every failed verification — wrong, expired, burnt, never sent — is `applicant.code_invalid`.
import { maskIdNumber } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { ApplicantActor, Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { notifierFor } from '../notifications/notification-adapter';
import { renderSignInCode } from '../notifications/notification-templates';
import { takeHit, type Limit } from '../rate-limit/sliding-window';
import { createApplicantSession, endApplicantSession } from './applicant-session.repository';
import { CODE_MAX_WRONG, CODE_VALID_MINUTES, codeMatches, hashCode, newCode } from './sign-in-code';

/** Per ID number, whether or not it exists: at most one code a minute and five an hour. */
const REQUEST_LIMITS: readonly Limit[] = [
  { max: 1, windowMs: 60_000 },
  { max: 5, windowMs: 3_600_000 },
];

export interface CodeRequested {
  /** Always true: it says the request was taken, not that a message went out. */
  readonly accepted: true;
  readonly validSeconds: number;
  readonly resendAfterSeconds: number;
}

export async function requestSignInCode(services: Services, input: { idNumber: string; mobile: string }): Promise<CodeRequested> {
  const { database, clock } = services;
  const db = database.db;
  const now = clock();
  await takeHit(db, `applicant.code:${input.idNumber}`, now, REQUEST_LIMITS);
  const person = await db.selectFrom('persons').select(['id_number', 'mobile']).where('id_number', '=', input.idNumber).where('mobile', '=', input.mobile).executeTakeFirst();
  if (person) {
    const code = newCode();
    const codeId = await db.transaction().execute(async (trx) => {
      // Only the newest code counts: an older one still in someone's SMS app stops working.
      await trx
        .updateTable('applicant_codes')
        .set({ burned_at: now })
        .where('id_number', '=', person.id_number)
        .where('used_at', 'is', null)
        .where('burned_at', 'is', null)
        .execute();
      const row = await trx
        .insertInto('applicant_codes')
        .values({ id_number: person.id_number, code_hash: hashCode(code), created_at: now, expires_at: new Date(now.getTime() + CODE_VALID_MINUTES * 60_000) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    });
    // After the commit: the simulated gateway writes through its own connection.
    await notifierFor(services).sms.send(
      { messageKey: `sign_in_code:${codeId}`, to: person.mobile, template: 'sign_in_code', textZh: renderSignInCode(code, CODE_VALID_MINUTES), applicationId: null },
      now,
    );
  }
  return { accepted: true, validSeconds: CODE_VALID_MINUTES * 60, resendAfterSeconds: REQUEST_LIMITS[0]!.windowMs / 1000 };
}

export interface SignedIn {
  readonly token: string;
  readonly applicant: ApplicantActor;
}

export async function verifySignInCode(services: Services, input: { idNumber: string; code: string }): Promise<SignedIn> {
  const { database, clock, config } = services;
  const now = clock();
  const outcome = await database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('applicant_codes')
      .selectAll()
      .where('id_number', '=', input.idNumber)
      .where('used_at', 'is', null)
      .where('burned_at', 'is', null)
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!row || now >= row.expires_at) return null;
    if (!codeMatches(row.code_hash, input.code)) {
      const wrong = row.failed_attempts + 1;
      const burned = wrong >= CODE_MAX_WRONG;
      await trx.updateTable('applicant_codes').set({ failed_attempts: wrong, ...(burned ? { burned_at: now } : {}) }).where('id', '=', row.id).execute();
      if (burned) {
        await appendAudit(trx, { at: now, actorKind: 'anonymous', actorId: null, action: 'applicant.code_burned', subjectType: 'person', subjectId: input.idNumber, data: { wrong } });
      }
      // Committed (the count must stick), then refused outside the transaction.
      return null;
    }
    await trx.updateTable('applicant_codes').set({ used_at: now }).where('id', '=', row.id).execute();
    const person = await trx.selectFrom('persons').select(['id_number', 'name']).where('id_number', '=', input.idNumber).executeTakeFirstOrThrow();
    const session = await createApplicantSession(trx, person.id_number, now, config.APPLICANT_SESSION_MINUTES * 60_000);
    await appendAudit(trx, { at: now, actorKind: 'applicant', actorId: person.id_number, action: 'applicant.sign_in', subjectType: 'person', subjectId: person.id_number });
    const applicant: ApplicantActor = { kind: 'applicant', idNumber: person.id_number, name: person.name, sessionId: session.sessionId };
    return { token: session.token, applicant };
  });
  if (!outcome) throw new AppError('UNAUTHORIZED', 'applicant.code_invalid');
  return outcome;
}

export async function signOutApplicant(services: Services, applicant: ApplicantActor): Promise<void> {
  const now = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    await endApplicantSession(trx, applicant.sessionId, now);
    await appendAudit(trx, { at: now, actorKind: 'applicant', actorId: applicant.idNumber, action: 'applicant.sign_out', subjectType: 'person', subjectId: applicant.idNumber });
  });
}

export function describeApplicant(applicant: ApplicantActor) {
  return { name: applicant.name, idNumberMasked: maskIdNumber(applicant.idNumber) };
}
