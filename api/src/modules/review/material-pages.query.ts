// The decide screen's materials: every page of the application with what the capture read on it
// (value, confidence, box), what the clerk confirmed, the system's records beside them, and the
// mismatches between the two (workflows' fieldMismatches). Card numbers leave masked: the
// reviewer compares the last digits, the full number stays with the payment.
import { fieldMismatches, maskBankCard, type FieldMismatch, type PageField, type RecordFacts } from '@onetrip/workflows';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface ReviewField {
  readonly key: string;
  readonly ocrValue: string | null;
  readonly confirmedValue: string | null;
  readonly corrected: boolean;
  readonly confidence: number | null;
  readonly needsConfirmation: boolean;
  /** in the page image's pixels; null for a field the clerk added that OCR did not find */
  readonly box: { x: number; y: number; w: number; h: number } | null;
}

export interface ReviewPage {
  readonly sha256: string;
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly fields: ReviewField[];
}

export interface ReviewMaterial {
  readonly materialId: string;
  readonly pages: ReviewPage[];
}

async function recordFacts(trx: Transaction<DB>, idNumber: string, nameOnApplication: string): Promise<RecordFacts> {
  const [person, cards, marriage] = await Promise.all([
    trx.selectFrom('persons').select('name').where('id_number', '=', idNumber).executeTakeFirst(),
    trx.selectFrom('bank_cards').select('card_no').where('id_number', '=', idNumber).where('status', '=', 'active').orderBy('joint', 'desc').orderBy('opened_on', 'desc').execute(),
    trx
      .selectFrom('agency_marriage')
      .select(['id_number_a', 'id_number_b'])
      .where('status', '=', 'married')
      .where((eb) => eb.or([eb('id_number_a', '=', idNumber), eb('id_number_b', '=', idNumber)]))
      .orderBy('registered_on', 'desc')
      .executeTakeFirst(),
  ]);
  const spouseId = marriage ? (marriage.id_number_a === idNumber ? marriage.id_number_b : marriage.id_number_a) : null;
  const spouseName = spouseId
    ? ((await trx.selectFrom('persons').select('name').where('id_number', '=', spouseId).executeTakeFirst())?.name ??
      (await trx.selectFrom('agency_identity').select('name').where('id_number', '=', spouseId).executeTakeFirst())?.name ??
      null)
    : null;
  return {
    applicant: { name: person?.name ?? nameOnApplication, idNumber },
    bankCards: cards.map((c) => c.card_no),
    spouse: spouseId ? { name: spouseName, idNumber: spouseId } : null,
  };
}

/** Card numbers in a finding are shown the way the records list them: masked. */
function maskCards(m: FieldMismatch): FieldMismatch {
  return m.attribute === 'cardNumber' ? { ...m, expected: m.expected.map(maskBankCard) } : m;
}

/** The order the counter listed the materials in (the checklist's), kept in the application's form. */
function materialOrder(form: Record<string, unknown>): string[] {
  const listed = Array.isArray(form.materials) ? (form.materials as unknown[]) : [];
  return listed.flatMap((m) => (typeof m === 'object' && m !== null && typeof (m as { materialId?: unknown }).materialId === 'string' ? [(m as { materialId: string }).materialId] : []));
}

export async function materialPagesOf(trx: Transaction<DB>, app: { id: string; applicant_id: string; applicant_name: string; form: Record<string, unknown> }) {
  const [links, confirmations, records] = await Promise.all([
    trx
      .selectFrom('application_pages as p')
      .innerJoin('page_readings as r', 'r.sha256', 'p.page_sha256')
      .select(['p.material_id', 'p.position', 'p.material_kind', 'r.sha256', 'r.width', 'r.height', 'r.fields'])
      .where('p.application_id', '=', app.id)
      .orderBy('p.material_id')
      .orderBy('p.position')
      .execute(),
    trx.selectFrom('application_page_fields').select(['page_sha256', 'field_key', 'ocr_value', 'confirmed_value', 'corrected']).where('application_id', '=', app.id).execute(),
    recordFacts(trx, app.applicant_id, app.applicant_name),
  ]);
  const confirmed = new Map(confirmations.map((c) => [`${c.page_sha256}:${c.field_key}`, c]));
  const materials: ReviewMaterial[] = [];
  for (const link of links) {
    const read = link.fields;
    const keys = [...new Set([...read.map((f) => f.key), ...confirmations.filter((c) => c.page_sha256 === link.sha256).map((c) => c.field_key)])];
    const fields = keys.map((key): ReviewField => {
      const ocr = read.find((f) => f.key === key);
      const clerk = confirmed.get(`${link.sha256}:${key}`);
      return {
        key,
        ocrValue: ocr?.value ?? null,
        confirmedValue: clerk?.confirmed_value ?? null,
        corrected: clerk?.corrected ?? false,
        confidence: ocr?.confidence ?? null,
        needsConfirmation: ocr?.needsConfirmation ?? false,
        box: ocr && ocr.box.w > 0 && ocr.box.h > 0 ? ocr.box : null,
      };
    });
    const page: ReviewPage = { sha256: link.sha256, kind: link.material_kind, width: link.width, height: link.height, fields };
    const material = materials.find((m) => m.materialId === link.material_id);
    if (material) material.pages.push(page);
    else materials.push({ materialId: link.material_id, pages: [page] });
  }
  const order = materialOrder(app.form);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  materials.sort((a, b) => rank(a.materialId) - rank(b.materialId));
  const compared = materials.flatMap((m) =>
    m.pages.flatMap((p) => p.fields.map((f): PageField => ({ materialId: m.materialId, pageSha256: p.sha256, kind: p.kind, key: f.key, ocrValue: f.ocrValue, confirmedValue: f.confirmedValue }))),
  );
  return {
    materials,
    records: {
      applicant: records.applicant,
      bankCards: records.bankCards.map(maskBankCard),
      spouse: records.spouse,
    },
    mismatches: fieldMismatches(compared, records).map(maskCards),
  };
}
