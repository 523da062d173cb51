// The application's archive PDF (issue 5 item 7): after acceptance, the `archive.build` job
// gathers the application's facts and its captured pages in the clerk's material order, reads
// each page from the write-once store (every read re-hashes it), builds the PDF with imaging's
// builder (cover, page images, OCR text layer, XMP), stores it and indexes it in `documents`.
//
// A version is named by what it was built from (`source_sha256`), so the job is idempotent: a
// re-run after a crash, or a second run, finds the version already recorded and adds nothing.
// Pages that change later (a corrected page) give another source and a new version beside the
// old one; no version is ever overwritten.
import { buildArchivePdf, sha256Hex, type ArchiveInput, type OcrResult } from '@onetrip/imaging';
import { businessType, isBusinessTypeCode, MATERIALS } from '@onetrip/workflows';
import type { Kysely } from 'kysely';
import type { DB, StoredOcrLine } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { canonicalJson } from '../audit/canonical-json';

export const ARCHIVE_BUILD = 'archive.build';

/** The cover's "captured by" for pages the applicant uploaded in the online hall. */
const ONLINE_UPLOAD = '申请人网上上传';

type ArchiveServices = Pick<Services, 'database' | 'clock' | 'archive'>;

interface StoredForm {
  materials?: { materialId: string; pages: string[] }[];
}

interface ChecklistName {
  materialId: string;
  name?: { zh?: string };
}

interface ArchivePage {
  readonly sha256: string;
  readonly materialKind: string;
  readonly ocr: OcrResult | undefined;
}

/** What the archive is built from, without the image bytes (those are named by their hashes). */
interface ArchiveSource {
  readonly cover: Omit<ArchiveInput, 'pages'>;
  readonly pages: readonly ArchivePage[];
}

export type ArchiveBuildResult =
  | { readonly status: 'built' | 'already_built'; readonly sha256: string; readonly version: number }
  | { readonly status: 'no_pages' };

function ocrOf(reading: { text: string; width: number; height: number; ocr_lines: StoredOcrLine[] | null }): OcrResult | undefined {
  if (!reading.ocr_lines) return undefined;
  const words = reading.ocr_lines.flatMap((l) => l.words);
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { text: reading.text, confidence, lines: reading.ocr_lines, width: reading.width, height: reading.height };
}

async function archiveSource(db: Kysely<DB>, applicationId: string): Promise<ArchiveSource | null> {
  const app = await db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirst();
  if (!app) throw new AppError('NOT_FOUND', 'application.not_found');
  if (!app.receipt_no || !app.accepted_at) throw new AppError('CONFLICT', 'archive.not_accepted', { status: app.status });
  const rows = await db
    .selectFrom('application_pages as p')
    .innerJoin('page_readings as r', 'r.sha256', 'p.page_sha256')
    // A page an applicant uploaded online has no capturing clerk.
    .leftJoin('staff as s', 's.id', 'r.captured_by')
    .select(['p.material_id', 'p.position', 'p.page_sha256', 'p.material_kind', 'r.text', 'r.width', 'r.height', 'r.ocr_lines', 'r.captured_at', 's.display_name'])
    .where('p.application_id', '=', applicationId)
    .execute();
  if (!rows.length) return null;

  // The clerk's order: materials as the form lists them, pages by position within each.
  const materials = (app.form as StoredForm).materials ?? [];
  const materialOrder = new Map(materials.map((m, i) => [m.materialId, i]));
  const at = (id: string): number => materialOrder.get(id) ?? materials.length;
  rows.sort((a, b) => at(a.material_id) - at(b.material_id) || a.material_id.localeCompare(b.material_id) || a.position - b.position);

  // The checklist's wording, else the catalogue's (a material the clerk added beyond the checklist).
  const catalogue = MATERIALS as Record<string, { name: { zh: string } } | undefined>;
  const checklistName = new Map((app.checklist as ChecklistName[]).map((c) => [c.materialId, c.name?.zh]));
  const nameOf = (id: string): string => checklistName.get(id) ?? catalogue[id]?.name.zh ?? id;
  const pagesOf = new Map<string, number>();
  for (const r of rows) pagesOf.set(r.material_id, (pagesOf.get(r.material_id) ?? 0) + 1);
  const clerks = [...new Set(rows.map((r) => r.display_name ?? ONLINE_UPLOAD))];
  const firstCapture = new Date(Math.min(...rows.map((r) => new Date(r.captured_at).getTime())));
  return {
    cover: {
      receiptNumber: app.receipt_no,
      // The same progress link the receipt's QR code carries.
      receiptQr: `/progress?receipt=${app.receipt_no}`,
      applicantName: app.applicant_name,
      businessType: isBusinessTypeCode(app.business_type) ? businessType(app.business_type).name.zh : app.business_type,
      clerk: clerks.join('、'),
      capturedAt: firstCapture,
      materials: [...pagesOf].map(([id, n]) => `${nameOf(id)}（${n}页）`),
    },
    pages: rows.map((r) => ({ sha256: r.page_sha256, materialKind: r.material_kind, ocr: ocrOf(r) })),
  };
}

/** The source's identity: the cover's facts and the pages' hashes and kinds, in order. */
function sourceSha256(source: ArchiveSource): string {
  const { cover, pages } = source;
  return sha256Hex(Buffer.from(canonicalJson({ cover, pages: pages.map((p) => [p.sha256, p.materialKind]) })));
}

async function recordedVersion(db: Kysely<DB>, applicationId: string, source: string): Promise<{ sha256: string; version: number } | undefined> {
  return db.selectFrom('documents').select(['sha256', 'version']).where('application_id', '=', applicationId).where('kind', '=', 'archive').where('source_sha256', '=', source).executeTakeFirst();
}

export async function buildApplicationArchive(services: ArchiveServices, applicationId: string): Promise<ArchiveBuildResult> {
  const db = services.database.db;
  const source = await archiveSource(db, applicationId);
  // An application whose every material was proven by shared data has no page to archive.
  if (!source) return { status: 'no_pages' };
  const sourceSha = sourceSha256(source);
  const existing = await recordedVersion(db, applicationId, sourceSha);
  if (existing) return { status: 'already_built', ...existing };

  // Each page is read back through the store, which refuses bytes that no longer match their hash.
  const images = await Promise.all(source.pages.map((p) => services.archive.get(p.sha256)));
  const pdf = await buildArchivePdf({
    ...source.cover,
    pages: source.pages.map((p, i) => ({ image: images[i]!, materialKind: p.materialKind, ...(p.ocr ? { ocr: p.ocr } : {}) })),
  });
  const sha256 = await services.archive.put(pdf.bytes);
  const now = services.clock();
  return db.transaction().execute(async (trx) => {
    // Two runs racing: the unique index on the source lets only one row in; the loser retries and finds it.
    const again = await recordedVersion(trx, applicationId, sourceSha);
    if (again) return { status: 'already_built' as const, ...again };
    const last = await trx.selectFrom('documents').select((eb) => eb.fn.max('version').as('version')).where('application_id', '=', applicationId).where('kind', '=', 'archive').executeTakeFirst();
    const version = (last?.version ?? 0) + 1;
    await trx.insertInto('documents').values({ application_id: applicationId, kind: 'archive', sha256, version, source_sha256: sourceSha, created_at: now, created_by: null }).execute();
    await appendAudit(trx, {
      at: now,
      actorKind: 'system',
      actorId: ARCHIVE_BUILD,
      action: 'archive.built',
      subjectType: 'application',
      subjectId: applicationId,
      data: { sha256, version, pages: source.pages.length, pageSha256: pdf.pageSha256, bytes: pdf.bytes.length },
    });
    return { status: 'built' as const, sha256, version };
  });
}
