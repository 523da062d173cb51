// Indexing the OCR text of archived pages, inside the caller's transaction (the page capture
// that archived the page). Re-indexing the same page of the same application replaces its text.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { compact } from './archive-text';

export interface PageText {
  readonly applicationId: string;
  readonly materialKind: string;
  readonly pageSha256: string;
  readonly text: string;
}

export async function indexPageText(trx: Transaction<DB>, page: PageText, now: Date): Promise<void> {
  const text = compact(page.text);
  await trx
    .insertInto('archive_page_texts')
    .values({ application_id: page.applicationId, page_sha256: page.pageSha256, material_kind: page.materialKind, text, indexed_at: now })
    .onConflict((oc) => oc.columns(['application_id', 'page_sha256']).doUpdateSet({ material_kind: page.materialKind, text, indexed_at: now }))
    .execute();
}
