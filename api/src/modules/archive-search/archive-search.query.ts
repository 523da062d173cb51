// Finding applications by a phrase on any of their archived pages: one row per application
// (its first matching page), newest application first. `like` on the whitespace-free text is
// served by the pg_trgm GIN index (migration 0013) on PostgreSQL and PGlite alike.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { compact, containsPattern, snippet } from './archive-text';

export interface ArchiveHit {
  readonly applicationId: string;
  readonly receiptNo: string | null;
  readonly applicantName: string;
  readonly businessType: string;
  readonly materialKind: string;
  readonly pageSha256: string;
  readonly snippet: string;
}

export async function searchArchive(db: Kysely<DB>, phrase: string, options: { limit: number }): Promise<ArchiveHit[]> {
  const wanted = compact(phrase);
  if (!wanted) return [];
  const pages = db
    .selectFrom('archive_page_texts')
    .select(['application_id', 'page_sha256', 'material_kind', 'text'])
    .distinctOn('application_id')
    .where('text', 'like', containsPattern(wanted))
    .orderBy('application_id')
    .orderBy('page_sha256');
  const rows = await db
    .selectFrom(pages.as('p'))
    .innerJoin('applications as a', 'a.id', 'p.application_id')
    .select(['a.id', 'a.receipt_no', 'a.applicant_name', 'a.business_type', 'a.created_at', 'p.material_kind', 'p.page_sha256', 'p.text'])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    applicationId: r.id,
    receiptNo: r.receipt_no,
    applicantName: r.applicant_name,
    businessType: r.business_type,
    materialKind: r.material_kind,
    pageSha256: r.page_sha256,
    snippet: snippet(r.text, wanted),
  }));
}
