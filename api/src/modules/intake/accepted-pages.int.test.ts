// Page readings from capture to review on both databases, through the real app: fixture scans go
// through POST /api/pages (cleaned, OCR-read, archived, reading stored), counter.accept links
// them with the clerk's confirmations and indexes their text, archive.search finds the
// application by a Chinese phrase from a page, and review.application shows each field with its
// box beside the records, with the mismatches. A page nobody captured is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useHttpDesk } from '../../testing/http-desk';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { closeSharedOcrPool } from '../capture/ocr-pool';

const ANSWERS = { rent_above_cap: false, public_rental: false, agent_applies: false };

interface Page {
  sha256: string;
  classification: { kind: string };
  fields: { key: string; value: string }[];
}

afterAll(() => closeSharedOcrPool());

describe.each(await testTargets())('captured pages through acceptance and review on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedApplicantFixtures(trx), { SHARING_SIM_LATENCY_MS: 0, WEB_DIST: '/nonexistent', OCR_POOL_SIZE: 1 });
  // Friday 10:00 in Shanghai
  const desk = useHttpDesk(target, h, '2026-11-20T02:00:00Z', ['clerk01', 'reviewer01']);
  const scan = (fixture: string, kind: string) => desk.scan<Page>(fixture, kind);
  const trpc = desk.trpc;
  const form = {
    channel: 'counter', businessType: 'withdrawal.rent',
    applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
    requestedAmountFen: 1_000_000, answers: ANSWERS,
    details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
  };
  const confirmedAs = (page: Page, kind: string, changes: Record<string, string> = {}) => ({ sha256: page.sha256, kind, fields: page.fields.map((f) => ({ key: f.key, value: changes[f.key] ?? f.value })) });

  it.skipIf(!!skip)('accepts scanned pages, finds the application by a phrase on them, and shows fields, boxes and mismatches to the reviewer', async () => {
    const idCard = await scan('001-id-front', 'id_card_front');
    const bankCard = await scan('015-bank-card', 'bank_card');
    const stored = await h.db.selectFrom('page_readings').selectAll().where('sha256', '=', idCard.sha256).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ kind: 'id_card_front', captured_by: h.staff('clerk01').id, blank: false });
    expect(stored.text.replace(/\s/g, '')).toContain('杨海燕');
    expect(stored.fields.find((f) => f.key === 'idNumber')).toMatchObject({ normalized: '340104196011164964', box: { w: expect.any(Number) as number } });
    // The same scan again, later, is the same rendition: its first reading stays, once.
    h.services.clock.advanceMinutes(5);
    expect((await scan('001-id-front', 'id_card_front')).sha256).toBe(idCard.sha256);
    expect(await h.db.selectFrom('page_readings').select('captured_at').where('sha256', '=', idCard.sha256).execute()).toEqual([{ captured_at: stored.captured_at }]);

    // A page nobody captured is refused, with its hash; nothing is accepted.
    const unknown = 'f'.repeat(64);
    const refused = await trpc('clerk01', 'counter.accept', { form, materials: [{ materialId: 'bank_card', pages: [unknown] }], idempotencyKey: randomUUID() }, 'POST');
    expect(refused.error?.data).toMatchObject({ appCode: 'capture.page_unknown', details: { pages: [unknown] } });
    expect(await h.db.selectFrom('applications').select('id').execute()).toEqual([]);

    // The clerk corrects the card number's OCR (a digit read wrong) to a number that is not on file.
    const cardNumber = bankCard.fields.find((f) => f.key === 'cardNumber')!.value;
    const typed = '6217000961074853844';
    const accepted = await trpc('clerk01', 'counter.accept', {
      form,
      materials: [
        { materialId: 'id_card_front', pages: [idCard.sha256], confirmed: [confirmedAs(idCard, 'id_card_front')] },
        { materialId: 'bank_card', pages: [bankCard.sha256], confirmed: [confirmedAs(bankCard, 'bank_card', { cardNumber: typed })] },
      ],
      idempotencyKey: randomUUID(),
    }, 'POST');
    const applicationId = (accepted.result?.data as { applicationId: string } | undefined)?.applicationId;
    expect(applicationId, JSON.stringify(accepted.error)).toBeDefined();
    const links = await h.db.selectFrom('application_pages').selectAll().where('application_id', '=', applicationId!).orderBy('material_id').execute();
    expect(links.map((l) => [l.material_id, l.position, l.page_sha256, l.material_kind])).toEqual([['bank_card', 0, bankCard.sha256, 'bank_card'], ['id_card_front', 0, idCard.sha256, 'id_card_front']]);
    const card = await h.db.selectFrom('application_page_fields').selectAll().where('application_id', '=', applicationId!).where('field_key', '=', 'cardNumber').executeTakeFirstOrThrow();
    expect(card).toMatchObject({ ocr_value: cardNumber, confirmed_value: typed, corrected: cardNumber !== typed, confirmed_by: h.staff('clerk01').id });

    // The archive search finds it by an address phrase printed on the ID card.
    const hits = await trpc('clerk01', 'archive.search', { phrase: '合肥市蜀山区' }, 'GET');
    expect(hits.result?.data).toEqual([expect.objectContaining({ applicationId, materialKind: 'id_card_front', pageSha256: idCard.sha256 })]);

    // The reviewer sees every field with its box, the records, and what disagrees with them.
    const detail = (await trpc('reviewer01', 'review.application', { applicationId }, 'GET')).result?.data as {
      pages: {
        materials: { materialId: string; pages: { sha256: string; width: number; fields: { key: string; ocrValue: string | null; confirmedValue: string | null; box: unknown }[] }[] }[];
        records: { applicant: { name: string }; bankCards: string[] };
        mismatches: { code: string; field: { key: string; materialId: string }; value: string }[];
      };
    };
    expect(detail.pages.materials.map((m) => m.materialId)).toEqual(['id_card_front', 'bank_card']);
    const idNumber = detail.pages.materials[0]!.pages[0]!.fields.find((f) => f.key === 'idNumber')!;
    expect(idNumber).toMatchObject({ ocrValue: '340104196011164964', confirmedValue: '340104196011164964', box: { x: expect.any(Number) as number, w: expect.any(Number) as number } });
    expect(detail.pages.records).toEqual({ applicant: { name: PEOPLE.renter.name, idNumber: PEOPLE.renter.idNumber }, bankCards: ['6222 **** **** 3445', '6217 **** **** 5678'], spouse: { name: PEOPLE.renterSpouse.name, idNumber: PEOPLE.renterSpouse.idNumber } });
    expect(detail.pages.mismatches.map((m) => [m.code, m.field.materialId, m.field.key, m.value])).toEqual([
      ['differs_from_record', 'id_card_front', 'name', '杨海燕'],
      ['differs_from_record', 'id_card_front', 'idNumber', '340104196011164964'],
      ['card_not_on_file', 'bank_card', 'cardNumber', typed],
    ]);
  }, 180_000);
});
