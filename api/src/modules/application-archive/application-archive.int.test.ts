// The application's archive PDF end to end on both databases, through the real app: fixture scans
// go through POST /api/pages (OCR words and boxes stored with the reading), counter.accept queues
// `archive.build` in its transaction, the job runner builds it once (a re-run adds nothing), the
// bytes open in pdf-lib and pdf.js with the ID card's Chinese address in the invisible text layer
// and the receipt in the XMP, the reviewer's detail names it and GET /files serves it. Pages that
// change give a second version beside the first; a flipped byte is refused on every read.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../jobs/job-runner';
import { SAME_ORIGIN, useHttpDesk } from '../../testing/http-desk';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { closeSharedOcrPool } from '../capture/ocr-pool';
import { registerArchiveBuildJob } from './application-archive.job';
import { ARCHIVE_BUILD, buildApplicationArchive } from './application-archive.service';

const ANSWERS = { rent_above_cap: false, public_rental: false, agent_applies: false };

interface Page {
  sha256: string;
  fields: { key: string; value: string }[];
}

async function pageTexts(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s/g, ''));
  }
  await doc.destroy();
  return texts;
}

/** Flips one bit of a stored blob in place (the store keeps its files read-only). */
async function flipByte(path: string): Promise<void> {
  const bytes = await readFile(path);
  bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
  await chmod(path, 0o644);
  await writeFile(path, bytes);
}

afterAll(() => closeSharedOcrPool());

describe.each(await testTargets())('the application archive PDF on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedApplicantFixtures(trx), { SHARING_SIM_LATENCY_MS: 0, WEB_DIST: '/nonexistent', OCR_POOL_SIZE: 1 });
  // Friday 10:00 in Shanghai
  const desk = useHttpDesk(target, h, '2026-11-20T02:00:00Z', ['clerk01', 'reviewer01']);
  const scan = (fixture: string, kind: string) => desk.scan<Page>(fixture, kind);
  const trpc = desk.trpc;
  const file = (who: string, sha256: string) => desk.app().fastify.inject({ method: 'GET', url: `/files/${sha256}`, headers: { cookie: desk.cookie(who), ...SAME_ORIGIN } });
  const archives = (applicationId: string) =>
    h.db.selectFrom('documents').select(['sha256', 'version', 'source_sha256']).where('application_id', '=', applicationId).where('kind', '=', 'archive').orderBy('version').execute();

  it.skipIf(!!skip)('builds one searchable archive per accepted application, once, and versions it when its pages change', async () => {
    const idCard = await scan('001-id-front', 'id_card_front');
    const bankCard = await scan('015-bank-card', 'bank_card');
    const reading = await h.db.selectFrom('page_readings').select(['ocr_lines']).where('sha256', '=', idCard.sha256).executeTakeFirstOrThrow();
    const words = reading.ocr_lines!.flatMap((l) => l.words);
    expect(words.length).toBeGreaterThan(5);
    expect(words[0]).toMatchObject({ text: expect.any(String) as string, box: { x: expect.any(Number) as number, w: expect.any(Number) as number } });

    const form = {
      channel: 'counter', businessType: 'withdrawal.rent',
      applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
      requestedAmountFen: 1_000_000, answers: ANSWERS,
      details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
    };
    const accepted = await trpc('clerk01', 'counter.accept', {
      form,
      materials: [{ materialId: 'id_card_front', pages: [idCard.sha256] }, { materialId: 'bank_card', pages: [bankCard.sha256] }],
      idempotencyKey: randomUUID(),
    }, 'POST');
    const receipt = accepted.result?.data as { applicationId: string; receiptNo: string } | undefined;
    expect(receipt, JSON.stringify(accepted.error)).toBeDefined();
    const applicationId = receipt!.applicationId;
    expect(await h.db.selectFrom('jobs').select(['kind', 'status']).where('dedupe_key', '=', `${ARCHIVE_BUILD}:accepted:${applicationId}`).execute()).toEqual([{ kind: ARCHIVE_BUILD, status: 'pending' }]);

    // Before the job has run the reviewer sees no archive yet.
    const before = (await trpc('reviewer01', 'review.application', { applicationId }, 'GET')).result?.data as { archive: unknown };
    expect(before.archive).toBeNull();

    const runner = createJobRunner({ db: h.db, clock: h.services.clock, pollMs: 20, concurrency: 1, leaseMs: 60_000, maxAttempts: 3, backoffMaxMs: 10_000 });
    registerArchiveBuildJob(runner, h.services);
    expect(await runner.runOnce()).toBe(1);
    expect(await h.db.selectFrom('jobs').select('status').where('kind', '=', ARCHIVE_BUILD).execute()).toEqual([{ status: 'done' }]);
    const [first, ...others] = await archives(applicationId);
    expect(others).toEqual([]);
    expect(first).toMatchObject({ version: 1, source_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string });
    const audit = await h.db.selectFrom('audit_events').select(['action', 'data']).where('subject_id', '=', applicationId).where('action', '=', 'archive.built').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ sha256: first!.sha256, version: 1, pages: 2, pageSha256: [idCard.sha256, bankCard.sha256] });

    // The bytes: a cover and the two pages in the clerk's order, the Chinese address read from the ID card in
    // the text layer of its page, the receipt, applicant and clerk on the cover and in the metadata.
    const bytes = await h.services.archive.get(first!.sha256);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toContain(receipt!.receiptNo);
    const [cover, idPage, cardPage] = await pageTexts(bytes);
    expect(cover).toContain(receipt!.receiptNo);
    expect(cover).toContain(PEOPLE.renter.name);
    expect(cover).toContain('租房提取');
    // the materials by name, the bank card (not asked by the checklist) under the catalogue's name
    expect(cover).toContain('1.居民身份证（人像面）（1页）');
    expect(cover).toContain('2.本人一类银行卡（联名卡）（1页）');
    expect(idPage).toContain('合肥市蜀山区');
    expect(cardPage).not.toContain('合肥市蜀山区');
    const clerk = await h.db.selectFrom('staff').select('display_name').where('username', '=', 'clerk01').executeTakeFirstOrThrow();
    const text = bytes.toString('utf8');
    const xmp = text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain(`<onetrip:receiptNumber>${receipt!.receiptNo}</onetrip:receiptNumber>`);
    expect(/<dc:creator><rdf:Seq><rdf:li>(.*?)<\/rdf:li>/.exec(xmp)?.[1]).toBe(clerk.display_name);
    expect(xmp).toContain(`<rdf:li>${idCard.sha256}</rdf:li>`);

    // Running the job again (a crash before it was marked done, or a second request) adds nothing.
    await h.db.transaction().execute((trx) => trx.insertInto('jobs').values({ kind: ARCHIVE_BUILD, payload: JSON.stringify({ applicationId }), dedupe_key: null, run_at: h.services.clock(), created_at: h.services.clock() }).execute());
    expect(await runner.runOnce()).toBe(1);
    expect(await buildApplicationArchive(h.services, applicationId)).toEqual({ status: 'already_built', sha256: first!.sha256, version: 1 });
    expect(await archives(applicationId)).toHaveLength(1);
    expect(await h.db.selectFrom('audit_events').select('seq').where('action', '=', 'archive.built').execute()).toHaveLength(1);

    // The reviewer's detail names it and GET /files serves it to staff who read cases.
    const detail = (await trpc('reviewer01', 'review.application', { applicationId }, 'GET')).result?.data as { archive: { sha256: string; version: number } };
    expect(detail.archive).toMatchObject({ sha256: first!.sha256, version: 1 });
    const served = await file('reviewer01', first!.sha256);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.rawPayload.equals(bytes)).toBe(true);

    // Pages that change (here the bank card listed a second time, as a correction would add a page)
    // give version 2 beside version 1, which stays as it was.
    await h.db.insertInto('application_pages').values({ application_id: applicationId, material_id: 'bank_card', position: 1, page_sha256: bankCard.sha256, material_kind: 'bank_card' }).execute();
    const second = await buildApplicationArchive(h.services, applicationId);
    expect(second).toMatchObject({ status: 'built', version: 2 });
    expect((await archives(applicationId)).map((d) => [d.version, d.sha256])).toEqual([[1, first!.sha256], [2, (second as { sha256: string }).sha256]]);
    expect((await PDFDocument.load(await h.services.archive.get((second as { sha256: string }).sha256))).getPageCount()).toBe(4);
    expect(((await trpc('reviewer01', 'review.application', { applicationId }, 'GET')).result?.data as { archive: { version: number } }).archive.version).toBe(2);

    // One flipped byte in the stored archive is refused on read, by the store and by GET /files.
    const store = h.services.archive as typeof h.services.archive & { pathOf(sha256: string): string };
    await flipByte(store.pathOf(first!.sha256));
    await expect(h.services.archive.get(first!.sha256)).rejects.toMatchObject({ code: 'archive.hash_mismatch' });
    const refused = await file('reviewer01', first!.sha256);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({ appCode: 'archive.hash_mismatch' });

    // A flipped byte in a page image stops the next build: no archive is made from a damaged page.
    await flipByte(store.pathOf(idCard.sha256));
    await h.db.insertInto('application_pages').values({ application_id: applicationId, material_id: 'other', position: 0, page_sha256: idCard.sha256, material_kind: 'id_card_front' }).execute();
    await expect(buildApplicationArchive(h.services, applicationId)).rejects.toMatchObject({ code: 'archive.hash_mismatch' });
    expect(await archives(applicationId)).toHaveLength(2);
  }, 240_000);
});
