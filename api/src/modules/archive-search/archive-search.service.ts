// Indexing the OCR text of archived pages, inside the caller's transaction (the page capture
// that archived the page). Re-indexing the same page of the same application replaces its text.
import type { Transaction } from 'kysely';
import { writeNowOrDeferred, type DeferredWrites } from '../../db/deferred-writes';
import type { DB } from '../../db/schema';
import { compact } from './archive-text';

export interface PageText {
  readonly applicationId: string;
  readonly materialKind: string;
  readonly pageSha256: string;
  readonly text: string;
}

/** Indexes pages in one statement (a page listed twice: the last text); given a batch, in its closing statement. */
export async function indexPageTexts(trx: Transaction<DB>, pages: readonly PageText[], now: Date, batch?: DeferredWrites): Promise<void> {
  // One statement may not upsert the same row twice.
  const unique = [...new Map(pages.map((p) => [`${p.applicationId}:${p.pageSha256}`, p])).values()];
  if (unique.length === 0) return;
  const upsert = trx
    .insertInto('archive_page_texts')
    .values(unique.map((page) => ({ application_id: page.applicationId, page_sha256: page.pageSha256, material_kind: page.materialKind, text: compact(page.text), indexed_at: now })))
    .onConflict((oc) =>
      oc.columns(['application_id', 'page_sha256']).doUpdateSet((eb) => ({ material_kind: eb.ref('excluded.material_kind'), text: eb.ref('excluded.text'), indexed_at: eb.ref('excluded.indexed_at') })),
    );
  await writeNowOrDeferred(upsert, batch);
}
