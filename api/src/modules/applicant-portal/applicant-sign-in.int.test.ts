// Applicant sign-in by SMS code on both databases: the happy path, wrong codes burning the code,
// expiry, the request rate limit, and an unknown person (or a mobile not on file) answered
// exactly like a real one with no message sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from '../../testing/app-code';
import { idNumberCheckChar } from '@onetrip/workflows';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { browser, testServices } from '../../testing/test-services';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { APPLICANT_COOKIE } from './applicant-session.repository';
import { latestCodeFor } from './applicant-sign-in.fixtures';

const renter = { idNumber: PEOPLE.renter.idNumber, mobile: '13800001000' };

describe.each(await testTargets())('applicant sign-in on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  const messageCount = async () => (await t.database.db.selectFrom('notification_messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedApplicantFixtures(trx));
    services = testServices(t.database);
    services.clock.set('2026-11-20T02:00:00Z');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('sends a code to the mobile on file, and the code opens an applicant session', async () => {
    const b = browser(services);
    const answer = await (await b.caller()).applicant.requestCode(renter);
    expect(answer).toEqual({ accepted: true, validSeconds: 300, resendAfterSeconds: 60 });
    const inbox = await (await b.caller()).notifications.inbox({ mobile: renter.mobile, limit: 10 });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ channel: 'sms', to: renter.mobile, template: 'sign_in_code', applicationId: null });
    // Stored hashed: the table never holds the code itself.
    const code = (await latestCodeFor(services, renter.mobile))!;
    const stored = await t.database.db.selectFrom('applicant_codes').select('code_hash').where('id_number', '=', renter.idNumber).execute();
    expect(stored.every((s) => !s.code_hash.includes(code))).toBe(true);

    expect((await refusalOf((await b.caller()).applicant.me())).appCode).toBe('applicant.sign_in_required');
    const me = await (await b.caller()).applicant.verifyCode({ idNumber: renter.idNumber, code });
    expect(me).toEqual({ name: PEOPLE.renter.name, idNumberMasked: '2301**********' + renter.idNumber.slice(-4) });
    expect(b.jar.get(APPLICANT_COOKIE)).toBeTruthy();
    expect(await (await b.caller()).applicant.me()).toEqual(me);
    // The applicant session is not a staff session.
    expect((await refusalOf((await b.caller()).auth.me())).code).toBe('UNAUTHORIZED');
    // A code works once.
    expect((await refusalOf(browser(services).caller().then((c) => c.applicant.verifyCode({ idNumber: renter.idNumber, code })))).appCode).toBe('applicant.code_invalid');

    await (await b.caller()).applicant.signOut();
    expect(b.jar.get(APPLICANT_COOKIE)).toBeUndefined();
  });

  it.skipIf(!!skip)('limits code requests per ID number: one a minute', async () => {
    services.clock.advanceMinutes(0.5);
    const c = await browser(services).caller();
    const r = await refusalOf(c.applicant.requestCode(renter));
    expect(r).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'rate_limit.exceeded', details: { retryAfterSeconds: 30 } });
    services.clock.advanceMinutes(0.6);
    expect(await c.applicant.requestCode(renter)).toMatchObject({ accepted: true });
  });

  it.skipIf(!!skip)('burns a code after five wrong tries', async () => {
    const code = (await latestCodeFor(services, renter.mobile))!;
    const wrong = code === '000000' ? '111111' : '000000';
    const c = await browser(services).caller();
    for (let i = 0; i < 5; i++) {
      expect((await refusalOf(c.applicant.verifyCode({ idNumber: renter.idNumber, code: wrong }))).appCode).toBe('applicant.code_invalid');
    }
    expect((await refusalOf(c.applicant.verifyCode({ idNumber: renter.idNumber, code }))).appCode).toBe('applicant.code_invalid');
    const row = await t.database.db.selectFrom('applicant_codes').selectAll().where('id_number', '=', renter.idNumber).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(row.failed_attempts).toBe(5);
    expect(row.burned_at).not.toBeNull();
  });

  it.skipIf(!!skip)('refuses an expired code', async () => {
    services.clock.advanceMinutes(1.1);
    const b = browser(services);
    await (await b.caller()).applicant.requestCode(renter);
    const code = (await latestCodeFor(services, renter.mobile))!;
    services.clock.advanceMinutes(5);
    expect((await refusalOf((await b.caller()).applicant.verifyCode({ idNumber: renter.idNumber, code }))).appCode).toBe('applicant.code_invalid');
    expect(b.jar.get(APPLICANT_COOKIE)).toBeUndefined();
  });

  it.skipIf(!!skip)('answers an unknown person, or a mobile not on file, exactly like a real one and sends nothing', async () => {
    services.clock.advanceMinutes(1.1);
    const c = await browser(services).caller();
    const before = await messageCount();
    const nobody = { idNumber: '11010119850101123' + idNumberCheckChar('11010119850101123'), mobile: '13912345678' };
    const real = await c.applicant.requestCode({ idNumber: PEOPLE.single.idNumber, mobile: '13800001002' });
    const unknown = await c.applicant.requestCode(nobody);
    const wrongMobile = await c.applicant.requestCode({ idNumber: renter.idNumber, mobile: '13912345678' });
    expect(unknown).toEqual(real);
    expect(wrongMobile).toEqual(real);
    expect(await messageCount()).toBe(before + 1); // only the real one
    // The unknown ID is rate-limited like a real one, and a guessed code is the same refusal.
    expect((await refusalOf(c.applicant.requestCode(nobody))).appCode).toBe('rate_limit.exceeded');
    expect((await refusalOf(c.applicant.verifyCode({ idNumber: nobody.idNumber, code: '123456' }))).appCode).toBe('applicant.code_invalid');
  });
});
