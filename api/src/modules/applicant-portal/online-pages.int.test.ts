// Pages an applicant uploads in the online hall, end to end on both databases through the real
// app: POST /api/applicant/pages cleans, reads and archives a fixture scan for the signed-in
// applicant only; applicant.submit accepts only that applicant's own uploads, links them for the
// reviewer, indexes their text for the archive search and queues the archive PDF, which the job
// builds with the applicant named as the uploader; a resubmission's page goes after the first and
// gives archive version 2. No session, another origin and a spent upload allowance are refused
// with their codes before any OCR.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../jobs/job-runner';
import { FIXTURES, SAME_ORIGIN, useHttpDesk, type TrpcAnswer } from '../../testing/http-desk';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { registerArchiveBuildJob } from '../application-archive/application-archive.job';
import { closeSharedOcrPool } from '../capture/ocr-pool';
import { decideTask } from '../review/decide.service';
import { claimNext } from '../tasks/task.service';
import { APPLICANT_COOKIE, createApplicantSession } from './applicant-session.repository';

interface Page {
  sha256: string;
  classification: { kind: string };
}

const rentForm = {
  channel: 'online',
  businessType: 'withdrawal.rent',
  applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
  requestedAmountFen: 1_000_000,
  answers: { rent_above_cap: false, public_rental: false, agent_applies: false },
  details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
};

afterAll(() => closeSharedOcrPool());

describe.each(await testTargets())('pages uploaded in the online hall on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedApplicantFixtures(trx), { SHARING_SIM_LATENCY_MS: 0, WEB_DIST: '/nonexistent', OCR_POOL_SIZE: 1 });
  // Friday 10:00 in Shanghai
  const desk = useHttpDesk(target, h, '2026-11-20T02:00:00Z', ['reviewer01']);

  const signedIn = async (idNumber: string) => {
    const { token } = await h.db.transaction().execute((trx) => createApplicantSession(trx, idNumber, h.services.clock(), 60 * 60 * 1000));
    return `${APPLICANT_COOKIE}=${token}`;
  };
  const upload = async (cookie: string | null, fixture: string, headers: Record<string, string> = SAME_ORIGIN) =>
    desk.app().fastify.inject({
      method: 'POST', url: '/api/applicant/pages',
      headers: { 'content-type': 'application/octet-stream', ...(cookie ? { cookie } : {}), ...headers },
      payload: await readFile(`${FIXTURES}${fixture}/input.jpg`),
    });
  const uploaded = async (cookie: string, fixture: string): Promise<Page> => {
    const r = await upload(cookie, fixture);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { pages: Page[] }).pages[0]!;
  };
  const hall = async (cookie: string, path: string, input: unknown): Promise<TrpcAnswer> =>
    (await desk.app().fastify.inject({ method: 'POST', url: `/trpc/${path}`, headers: { 'content-type': 'application/json', cookie, ...SAME_ORIGIN }, payload: JSON.stringify(input) })).json() as TrpcAnswer;
  const pageCount = async () => Number((await h.db.selectFrom('page_readings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const runArchiveJobs = async () => {
    const runner = createJobRunner({ db: h.db, clock: h.services.clock, pollMs: 20, concurrency: 1, leaseMs: 60_000, maxAttempts: 3, backoffMaxMs: 10_000 });
    registerArchiveBuildJob(runner, h.services);
    while ((await runner.runOnce()) > 0);
  };

  it.skipIf(!!skip)('refuses an upload without a session, from another origin, or beyond the allowance, before reading it', async () => {
    const renter = await signedIn(PEOPLE.renter.idNumber);
    const anonymous = await upload(null, '020-rental-contract');
    expect([anonymous.statusCode, anonymous.json()]).toEqual([401, { appCode: 'applicant.sign_in_required' }]);
    const crossSite = await upload(renter, '020-rental-contract', { host: 'localhost:3000', origin: 'https://elsewhere.example' });
    expect([crossSite.statusCode, crossSite.json()]).toEqual([403, { appCode: 'auth.cross_origin' }]);
    // A staff session is not an applicant's.
    const staffOnly = await upload(desk.cookie('reviewer01'), '020-rental-contract');
    expect(staffOnly.statusCode).toBe(401);

    // Someone who has used up the hour's allowance is refused with when to come back, nothing read.
    const now = h.services.clock();
    await h.db.insertInto('rate_limit_hits').values(Array.from({ length: 60 }, (_, i) => ({ bucket: `applicant-upload:${PEOPLE.single.idNumber}`, at: new Date(now.getTime() - i * 1000) }))).execute();
    const flooded = await upload(await signedIn(PEOPLE.single.idNumber), '020-rental-contract');
    expect(flooded.statusCode).toBe(429);
    expect(flooded.json()).toMatchObject({ appCode: 'rate_limit.exceeded', details: { retryAfterSeconds: expect.any(Number) as number } });
    expect(await pageCount()).toBe(0);
  }, 60_000);

  it.skipIf(!!skip)("submits the applicant's own uploads only, links and indexes them, and archives them with a version per resubmission", async () => {
    const renter = await signedIn(PEOPLE.renter.idNumber);
    const contract = await uploaded(renter, '020-rental-contract');
    expect(contract.classification.kind).toBe('rental_contract');
    expect(await h.db.selectFrom('page_readings').select(['captured_by']).where('sha256', '=', contract.sha256).executeTakeFirstOrThrow()).toEqual({ captured_by: null });
    expect(await h.db.selectFrom('applicant_page_uploads').select(['id_number']).where('page_sha256', '=', contract.sha256).execute()).toEqual([{ id_number: PEOPLE.renter.idNumber }]);

    // The spouse's upload is not the renter's to submit: refused like an unknown page, nothing filed.
    const spousesPage = await uploaded(await signedIn(PEOPLE.renterSpouse.idNumber), '021-rental-contract');
    const foreign = await hall(renter, 'applicant.submit', { form: rentForm, materials: [{ materialId: 'rental_contract', pages: [spousesPage.sha256] }], idempotencyKey: randomUUID() });
    expect(foreign.error?.data).toMatchObject({ appCode: 'capture.page_unknown', details: { pages: [spousesPage.sha256] } });
    expect(await h.db.selectFrom('applications').select('id').execute()).toEqual([]);

    const submitted = await hall(renter, 'applicant.submit', { form: rentForm, materials: [{ materialId: 'rental_contract', pages: [contract.sha256] }], idempotencyKey: randomUUID() });
    const receipt = submitted.result?.data as { applicationId: string; receiptNo: string } | undefined;
    expect(receipt, JSON.stringify(submitted.error)).toBeDefined();
    const { applicationId } = receipt!;
    const links = await h.db.selectFrom('application_pages').select(['material_id', 'position', 'page_sha256', 'material_kind']).where('application_id', '=', applicationId).execute();
    expect(links).toEqual([{ material_id: 'rental_contract', position: 0, page_sha256: contract.sha256, material_kind: 'rental_contract' }]);

    // The archivist finds it by the street on the contract; the reviewer sees the page under its material.
    const hits = await desk.trpc('reviewer01', 'archive.search', { phrase: '合作化南路' }, 'GET');
    expect(hits.result?.data).toEqual([expect.objectContaining({ applicationId, materialKind: 'rental_contract', pageSha256: contract.sha256 })]);
    const detail = (await desk.trpc('reviewer01', 'review.application', { applicationId }, 'GET')).result?.data as { pages: { materials: { materialId: string; pages: { sha256: string }[] }[] } };
    expect(detail.pages.materials.map((m) => [m.materialId, m.pages.map((p) => p.sha256)])).toEqual([['rental_contract', [contract.sha256]]]);

    await runArchiveJobs();
    const built = await h.db.selectFrom('audit_events').select('data').where('subject_id', '=', applicationId).where('action', '=', 'archive.built').execute();
    expect(built.map((b) => b.data)).toEqual([expect.objectContaining({ version: 1, pages: 1, pageSha256: [contract.sha256] })]);
    const [first] = await h.db.selectFrom('documents').select('sha256').where('application_id', '=', applicationId).where('kind', '=', 'archive').execute();
    const xmp = (await h.services.archive.get(first!.sha256)).toString('utf8');
    expect(/<dc:creator><rdf:Seq><rdf:li>(.*?)<\/rdf:li>/.exec(xmp)?.[1]).toBe('申请人网上上传');

    // Returned for the contract's second page: it goes after the first, and the archive gets version 2.
    const reviewer = h.staff('reviewer01');
    const task = await claimNext(h.services, reviewer);
    const { version } = await h.db.selectFrom('applications').select('version').where('id', '=', applicationId).executeTakeFirstOrThrow();
    await decideTask(h.services, reviewer, { taskId: task!.taskId, version, decision: 'return', reasonCodes: [], missingItems: [{ materialId: 'rental_contract', note: '缺第二页' }], idempotencyKey: randomUUID() });
    const secondPage = await uploaded(renter, '022-rental-contract');
    const returned = await h.db.selectFrom('applications').select('version').where('id', '=', applicationId).executeTakeFirstOrThrow();
    const resubmitted = await hall(renter, 'applicant.resubmit', { applicationId, version: returned.version, materials: [{ materialId: 'rental_contract', pages: [secondPage.sha256] }], idempotencyKey: randomUUID() });
    expect(resubmitted.result?.data, JSON.stringify(resubmitted.error)).toMatchObject({ status: 'resubmitted' });
    const after = await h.db.selectFrom('application_pages').select(['position', 'page_sha256']).where('application_id', '=', applicationId).orderBy('position').execute();
    expect(after).toEqual([{ position: 0, page_sha256: contract.sha256 }, { position: 1, page_sha256: secondPage.sha256 }]);
    await runArchiveJobs();
    const versions = await h.db.selectFrom('documents').select('version').where('application_id', '=', applicationId).where('kind', '=', 'archive').orderBy('version').execute();
    expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
  }, 240_000);
});
