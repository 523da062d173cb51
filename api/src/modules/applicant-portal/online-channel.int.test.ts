// The online channel end to end on both databases: a rent withdrawal submitted online is
// accepted by the system with a receipt and the accepted SMS; a return for supplement sends one
// SMS listing every item; the applicant resubmits online and the clock resumes; nobody else can
// withdraw it; the public progress lookup answers a wrong last-4 exactly like an unknown receipt.
// Resubmitted pages must be ones the applicant uploaded; they are linked for the reviewer and a
// new archive version is scheduled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from '../../testing/app-code';
import { randomUUID } from 'node:crypto';
import { MATERIALS } from '@onetrip/workflows';
import { createJobRunner } from '../../jobs/job-runner';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { browser, testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { registerNotificationJobs } from '../notifications/notification-jobs';
import { decideTask } from '../review/decide.service';
import { claimNext } from '../tasks/task.service';
import { seedCapturedPage, seedUploadedPage } from '../../testing/captured-page.fixtures';
import { signInApplicant } from './applicant-sign-in.fixtures';
import { staffActorOf } from '../auth/session.repository';

const key = () => `k-${randomUUID()}`;
const page = 'b'.repeat(64);
const secondPage = 'c'.repeat(64);
/** captured by a clerk at the counter, and uploaded by the renter's spouse: neither is the renter's to submit */
const clerksPage = 'd'.repeat(64);
const spousesPage = 'e'.repeat(64);
const renter = { idNumber: PEOPLE.renter.idNumber, mobile: '13800001000' };
const rentForm = {
  channel: 'online' as const,
  businessType: 'withdrawal.rent' as const,
  applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: renter.mobile },
  requestedAmountFen: 1_000_000,
  answers: { rent_above_cap: false, public_rental: false, agent_applies: false },
  details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
};

describe.each(await testTargets())('online channel on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  let staff: Map<string, StaffActor>;
  const applicantBrowser = () => browser(services);
  let renterHall: ReturnType<typeof browser>;
  let receipt: { applicationId: string; receiptNo: string; promisedOn: string };

  const runNotifications = async () => {
    const runner = createJobRunner({ db: t.database.db, clock: services.clock, pollMs: 50, concurrency: 4, leaseMs: 60_000, maxAttempts: 3, backoffMaxMs: 1000 });
    registerNotificationJobs(runner, services);
    while ((await runner.runOnce()) > 0);
  };
  const smsTo = (mobile: string, template: string) =>
    t.database.db.selectFrom('notification_messages').selectAll().where('recipient', '=', mobile).where('template', '=', template).execute();

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute(async (trx) => {
      await seedApplicantFixtures(trx);
      await seedUploadedPage(trx, page, PEOPLE.renter.idNumber);
      await seedUploadedPage(trx, secondPage, PEOPLE.renter.idNumber);
      await seedCapturedPage(trx, clerksPage);
      await seedUploadedPage(trx, spousesPage, PEOPLE.renterSpouse.idNumber);
    });
    services = testServices(t.database, { SHARING_SIM_LATENCY_MS: 0 });
    services.clock.set('2026-11-20T02:00:00Z'); // Friday 10:00 in Shanghai
    const rows = await t.database.db.selectFrom('staff').selectAll().execute();
    staff = new Map(rows.map((r) => [r.username, staffActorOf(r, 'test')]));
    renterHall = applicantBrowser();
    await signInApplicant(services, renterHall, renter);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('a fully-online rent withdrawal goes from submission to review with a receipt, a promised date and the accepted SMS', async () => {
    const hall = await renterHall.caller();
    // Someone else's ID number in the form is refused.
    expect((await refusalOf(hall.applicant.submit({ form: { ...rentForm, applicant: { ...rentForm.applicant, idNumber: PEOPLE.single.idNumber } }, materials: [], idempotencyKey: key() }))).appCode).toBe('applicant.not_self');
    // Shared data proves every material: nothing to upload.
    const idempotencyKey = key();
    const r = await hall.applicant.submit({ form: rentForm, materials: [], idempotencyKey });
    receipt = r;
    expect(r.receiptNo).toMatch(/^SL20261120DL\d{4}$/); // the employer's office
    expect(r.promisedOn).toBe('2026-11-25'); // three working days from Friday
    expect(r.status).toBe('in_review');
    // A double submit returns the same receipt.
    expect(await hall.applicant.submit({ form: rentForm, materials: [], idempotencyKey })).toEqual(r);

    const app = await t.database.db.selectFrom('applications').selectAll().where('id', '=', r.applicationId).executeTakeFirstOrThrow();
    expect(app).toMatchObject({ channel: 'online', office_id: 'HRB-DL', status: 'in_review', step: 'review_1', accepted_by: null });
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_kind']).where('subject_id', '=', r.applicationId).orderBy('seq').execute();
    expect(audit).toEqual([
      { action: 'application.accept', actor_kind: 'system' },
      { action: 'application.start_review', actor_kind: 'system' },
    ]);

    await runNotifications();
    const accepted = await smsTo(renter.mobile, 'accepted');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.text_zh).toContain(r.receiptNo);
    expect(accepted[0]!.text_zh).toContain('租房提取');
    expect(accepted[0]!.text_zh).toContain('2026年11月25日');
    // Re-running the handlers sends nothing more.
    await runNotifications();
    expect(await smsTo(renter.mobile, 'accepted')).toHaveLength(1);

    const mine = await hall.applicant.applications();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ receiptNo: r.receiptNo, status: 'in_review', promisedOn: '2026-11-25', canWithdraw: true, canResubmit: false, words: { zh: '初审中' } });
  });

  it.skipIf(!!skip)('a return for supplement sends one SMS listing every missing item', async () => {
    const reviewer = staff.get('reviewer01')!;
    const task = await claimNext(services, reviewer);
    expect(task?.applicationId).toBe(receipt.applicationId);
    const { version } = await t.database.db.selectFrom('applications').select('version').where('id', '=', receipt.applicationId).executeTakeFirstOrThrow();
    await decideTask(services, reviewer, {
      taskId: task!.taskId, version, decision: 'return', reasonCodes: [], idempotencyKey: key(),
      missingItems: [{ materialId: 'rental_contract' }, { materialId: 'marriage_certificate', note: '请上传全部页' }, { field: 'details.rentFen', note: '月租金与合同不一致' }],
    });
    await runNotifications();
    const returned = await smsTo(renter.mobile, 'returned');
    expect(returned).toHaveLength(1);
    const text = returned[0]!.text_zh;
    expect(text).toContain(receipt.receiptNo);
    expect(text).toContain(`1.${MATERIALS.rental_contract.name.zh}`);
    expect(text).toContain(`2.${MATERIALS.marriage_certificate.name.zh}（请上传全部页）`);
    expect(text).toContain('3.申请信息更正：月租金与合同不一致');
    expect(text).toContain('3项');

    const [mine] = await (await renterHall.caller()).applicant.applications();
    expect(mine).toMatchObject({ status: 'returned_for_supplement', promisedOn: null, canResubmit: true });
    expect(mine!.missingItems.map((m) => m.text)).toEqual([MATERIALS.rental_contract.name.zh, `${MATERIALS.marriage_certificate.name.zh}（请上传全部页）`, '申请信息更正：月租金与合同不一致']);
  });

  it.skipIf(!!skip)('progress lookup: the right last-4 shows the steps; a wrong last-4 and an unknown receipt are the same NOT_FOUND', async () => {
    const c = await browser(services, '198.51.100.1').caller();
    const last4 = renter.idNumber.slice(-4);
    const p = await c.progress.lookup({ receiptNo: receipt.receiptNo.toLowerCase(), idLast4: last4 });
    expect(p).toMatchObject({ receiptNo: receipt.receiptNo, businessName: { zh: '租房提取' }, status: 'returned_for_supplement', words: { zh: '待补正材料' }, promisedOn: null });
    expect(p.history.map((h) => h.status)).toEqual(['accepted', 'in_review', 'returned_for_supplement']);
    expect(p.history.map((h) => h.words.zh)).toEqual(['已受理', '初审中', '待补正材料']);
    // Nothing personal: no name, no ID number, no staff, no amount.
    const shown = JSON.stringify(p);
    for (const secret of [PEOPLE.renter.name, renter.idNumber, staff.get('reviewer01')!.id, staff.get('reviewer01')!.displayName, '1000000', '月租金']) expect(shown).not.toContain(secret);

    const wrong = await refusalOf(c.progress.lookup({ receiptNo: receipt.receiptNo, idLast4: last4 === '0000' ? '1111' : '0000' }));
    const unknown = await refusalOf(c.progress.lookup({ receiptNo: 'SL20261120DL9999', idLast4: last4 }));
    expect(wrong).toEqual({ code: 'NOT_FOUND', appCode: 'progress.not_found', details: {} });
    expect(unknown).toEqual(wrong);
  });

  it.skipIf(!!skip)('progress lookup is rate-limited per caller', async () => {
    const c = await browser(services, '198.51.100.2').caller();
    for (let i = 0; i < 20; i++) expect((await refusalOf(c.progress.lookup({ receiptNo: `SL20261120DL${8000 + i}`, idLast4: '1234' }))).appCode).toBe('progress.not_found');
    expect(await refusalOf(c.progress.lookup({ receiptNo: 'SL20261120DL8100', idLast4: '1234' }))).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'rate_limit.exceeded' });
  });

  it.skipIf(!!skip)('resubmission online resumes the clock; only the applicant may withdraw', async () => {
    // The applicant answers the next Tuesday morning: Mon 23 and Tue 24 were spent waiting.
    services.clock.set('2026-11-24T01:00:00Z');
    renterHall = applicantBrowser(); // the earlier session has expired
    await signInApplicant(services, renterHall, renter);
    const hall = await renterHall.caller();
    const [mine] = await hall.applicant.applications();
    // Every material asked for must come in the one resubmission.
    const partial = await refusalOf(hall.applicant.resubmit({ applicationId: receipt.applicationId, version: mine!.version, materials: [{ materialId: 'rental_contract', pages: [page] }], idempotencyKey: key() }));
    expect(partial).toMatchObject({ appCode: 'intake.materials_missing', details: { missing: [{ materialId: 'marriage_certificate' }] } });

    // Pages the renter did not upload are refused like pages nobody captured, and nothing changes.
    for (const foreign of [clerksPage, spousesPage]) {
      const refused = await refusalOf(hall.applicant.resubmit({
        applicationId: receipt.applicationId, version: mine!.version, idempotencyKey: key(),
        materials: [{ materialId: 'rental_contract', pages: [page] }, { materialId: 'marriage_certificate', pages: [foreign] }],
      }));
      expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'capture.page_unknown', details: { pages: [foreign] } });
    }
    expect((await hall.applicant.applications())[0]).toMatchObject({ status: 'returned_for_supplement', version: mine!.version });

    const done = await hall.applicant.resubmit({
      applicationId: receipt.applicationId, version: mine!.version, idempotencyKey: key(),
      materials: [{ materialId: 'rental_contract', pages: [page] }, { materialId: 'marriage_certificate', pages: [page, secondPage] }],
    });
    expect(done).toMatchObject({ status: 'resubmitted', promisedOn: '2026-11-27' }); // two working days later than promised
    // The reviewer finds the pages under their materials, and the archive gets a new version.
    const links = await t.database.db.selectFrom('application_pages').select(['material_id', 'position', 'page_sha256']).where('application_id', '=', receipt.applicationId).orderBy('material_id').orderBy('position').execute();
    expect(links.map((l) => [l.material_id, l.position, l.page_sha256])).toEqual([['marriage_certificate', 0, page], ['marriage_certificate', 1, secondPage], ['rental_contract', 0, page]]);
    const archiveJobs = await t.database.db.selectFrom('jobs').select('dedupe_key').where('kind', '=', 'archive.build').where('dedupe_key', 'like', `%:${receipt.applicationId}%`).orderBy('id').execute();
    expect(archiveJobs.map((j) => j.dedupe_key)).toEqual([`archive.build:accepted:${receipt.applicationId}`, `archive.build:resubmitted:${receipt.applicationId}:${done.version}`]);
    const pauses = await t.database.db.selectFrom('sla_pauses').selectAll().where('application_id', '=', receipt.applicationId).execute();
    expect(pauses).toHaveLength(1);
    expect(pauses[0]!.resumed_at).not.toBeNull();
    const task = await t.database.db.selectFrom('tasks').selectAll().where('application_id', '=', receipt.applicationId).where('status', 'in', ['open', 'claimed']).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ status: 'claimed', assignee_id: staff.get('reviewer01')!.id });

    // The renter's spouse signs in and tries to withdraw it.
    const spouseHall = applicantBrowser();
    await signInApplicant(services, spouseHall, { idNumber: PEOPLE.renterSpouse.idNumber, mobile: '13800001001' });
    const spouse = await spouseHall.caller();
    expect(await spouse.applicant.applications()).toEqual([]);
    const refused = await refusalOf(spouse.applicant.withdraw({ applicationId: receipt.applicationId, version: done.version, idempotencyKey: key() }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'lifecycle.not_applicant' });

    const withdrawn = await hall.applicant.withdraw({ applicationId: receipt.applicationId, version: done.version, idempotencyKey: key() });
    expect(withdrawn.status).toBe('withdrawn');
    const closedTask = await t.database.db.selectFrom('tasks').select('status').where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(closedTask.status).toBe('cancelled');
  });
});
