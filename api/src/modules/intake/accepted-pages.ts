// The pages of an application accepted at the counter: every listed page must have been captured
// (its reading stored by POST /api/pages), so an accept cannot name pictures nobody read. Inside
// the accepting transaction the pages are linked to the application (material, order, the kind
// the clerk assigned), the clerk's confirmed field values are kept beside what OCR read, and
// each page's text is indexed for the archive search.
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

export async function capturedReadings(db: Kysely<DB>, materials: readonly AcceptedMaterial[]): Promise<Map<string, StoredReading>> {
  const listed = [...new Set(materials.flatMap((m) => m.pages))];
  const readings = await readingsOf(db, listed);
  const unknown = listed.filter((sha) => !readings.has(sha));
  if (unknown.length) throw new AppError('BAD_REQUEST', 'capture.page_unknown', { pages: unknown });
  return readings;
}

export async function linkAcceptedPages(
  trx: Transaction<DB>,
  input: { applicationId: string; materials: readonly AcceptedMaterial[]; readings: ReadonlyMap<string, StoredReading>; confirmedBy: string; now: Date },
  /** the accepting transaction's batch: the links are written in its closing statement */
  batch?: DeferredWrites,
): Promise<void> {
  const { applicationId, readings, now } = input;
  const kindOf = new Map<string, string>();
  const links = input.materials.flatMap((m) =>
    m.pages.map((sha, position) => {
      const kind = m.confirmed?.find((c) => c.sha256 === sha)?.kind ?? readings.get(sha)!.kind;
      if (!kindOf.has(sha)) kindOf.set(sha, kind);
      return { application_id: applicationId, material_id: m.materialId, position, page_sha256: sha, material_kind: kind };
    }),
  );
  if (links.length) await writeNowOrDeferred(trx.insertInto('application_pages').values(links), batch);

  // One confirmation per page and field, the first the clerk sent (a page listed twice is one page).
  const fields = new Map<string, { application_id: string; page_sha256: string; field_key: string; ocr_value: string | null; confirmed_value: string; corrected: boolean; confirmed_by: string; confirmed_at: Date }>();
  for (const page of input.materials.flatMap((m) => m.confirmed ?? [])) {
    const read = readings.get(page.sha256)!.fields;
    for (const f of page.fields) {
      const ocr = read.find((r) => r.key === f.key)?.value ?? null;
      const id = `${page.sha256}:${f.key}`;
      if (fields.has(id)) continue;
      fields.set(id, { application_id: applicationId, page_sha256: page.sha256, field_key: f.key, ocr_value: ocr, confirmed_value: f.value, corrected: ocr === null || ocr.trim() !== f.value, confirmed_by: input.confirmedBy, confirmed_at: now });
    }
  }
  if (fields.size) await writeNowOrDeferred(trx.insertInto('application_page_fields').values([...fields.values()]), batch);

  const texts = [...kindOf].map(([sha, kind]) => ({ applicationId, materialKind: kind, pageSha256: sha, text: readings.get(sha)!.text }));
  await indexPageTexts(trx, texts, now, batch);
}
