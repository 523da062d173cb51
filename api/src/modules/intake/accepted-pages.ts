// The pages of an accepted application: every listed page must have been captured (its reading
// stored by POST /api/pages at the counter, or uploaded by the applicant themself through
// POST /api/applicant/pages for the online hall), so nobody can name pictures nobody read. Inside
// the accepting transaction the pages are linked to the application (material, order, the kind
// the clerk assigned or the classifier read), the clerk's confirmed field values are kept beside
// what OCR read, and each page's text is indexed for the archive search. A resubmission's pages
// are linked after the ones the material already has.
import type { ConfirmedPage } from '@onetrip/workflows';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { writeNowOrDeferred, type DeferredWrites } from '../../db/deferred-writes';
import { indexPageTexts } from '../archive-search/archive-search.service';
import { readingsOf, type StoredReading } from '../capture/page-readings.repository';

export interface AcceptedMaterial {
  readonly materialId: string;
  readonly pages: readonly string[];
  readonly confirmed?: readonly ConfirmedPage[];
}

/** The listed pages' readings; with `uploadedBy` (an applicant's ID number), only pages that applicant uploaded count. */
export async function capturedReadings(db: Kysely<DB>, materials: readonly AcceptedMaterial[], uploadedBy?: string): Promise<Map<string, StoredReading>> {
  const listed = [...new Set(materials.flatMap((m) => m.pages))];
  // Someone else's page is refused exactly like a page nobody captured: nothing says it exists.
  const readings = await readingsOf(db, listed, uploadedBy);
  const unknown = listed.filter((sha) => !readings.has(sha));
  if (unknown.length) throw new AppError('BAD_REQUEST', 'capture.page_unknown', { pages: unknown });
  return readings;
}

export async function linkAcceptedPages(
  trx: Transaction<DB>,
  input: {
    applicationId: string;
    materials: readonly AcceptedMaterial[];
    readings: ReadonlyMap<string, StoredReading>;
    /** the clerk whose field confirmations the materials carry; online pages come without any */
    confirmedBy?: string;
    now: Date;
    /** a resubmission: each material's new pages go after the ones it already has */
    append?: boolean;
  },
  /** the accepting transaction's batch: the links are written in its closing statement */
  batch?: DeferredWrites,
): Promise<void> {
  const { applicationId, readings, now } = input;
  const firstPosition = input.append ? await nextPositions(trx, applicationId) : new Map<string, number>();
  const kindOf = new Map<string, string>();
  const links = input.materials.flatMap((m) =>
    m.pages.map((sha, i) => {
      const kind = m.confirmed?.find((c) => c.sha256 === sha)?.kind ?? readings.get(sha)!.kind;
      if (!kindOf.has(sha)) kindOf.set(sha, kind);
      return { application_id: applicationId, material_id: m.materialId, position: (firstPosition.get(m.materialId) ?? 0) + i, page_sha256: sha, material_kind: kind };
    }),
  );
  if (links.length) await writeNowOrDeferred(trx.insertInto('application_pages').values(links), batch);

  // One confirmation per page and field, the first the clerk sent (a page listed twice is one page).
  const { confirmedBy } = input;
  const fields = new Map<string, { application_id: string; page_sha256: string; field_key: string; ocr_value: string | null; confirmed_value: string; corrected: boolean; confirmed_by: string; confirmed_at: Date }>();
  for (const page of input.materials.flatMap((m) => m.confirmed ?? [])) {
    if (confirmedBy === undefined) break;
    const read = readings.get(page.sha256)!.fields;
    for (const f of page.fields) {
      const ocr = read.find((r) => r.key === f.key)?.value ?? null;
      const id = `${page.sha256}:${f.key}`;
      if (fields.has(id)) continue;
      fields.set(id, { application_id: applicationId, page_sha256: page.sha256, field_key: f.key, ocr_value: ocr, confirmed_value: f.value, corrected: ocr === null || ocr.trim() !== f.value, confirmed_by: confirmedBy, confirmed_at: now });
    }
  }
  if (fields.size) await writeNowOrDeferred(trx.insertInto('application_page_fields').values([...fields.values()]), batch);

  const texts = [...kindOf].map(([sha, kind]) => ({ applicationId, materialKind: kind, pageSha256: sha, text: readings.get(sha)!.text }));
  await indexPageTexts(trx, texts, now, batch);
}

/** Per material of the application, the position after its last linked page. */
async function nextPositions(trx: Transaction<DB>, applicationId: string): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom('application_pages')
    .select((eb) => ['material_id', eb.fn.max('position').as('last')])
    .where('application_id', '=', applicationId)
    .groupBy('material_id')
    .execute();
  return new Map(rows.map((r) => [r.material_id, Number(r.last) + 1]));
}
