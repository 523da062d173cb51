// The stored reading of a captured page (migration 0014), keyed by the rendition's hash. The
// capture writes it once; acceptance reads it to refuse pages nobody captured and to index the
// page text; the decide screen reads it for the fields and their boxes; the archive job for OCR's
// words and boxes (0019), which become the archive PDF's invisible text layer.
import type { Kysely, Transaction } from 'kysely';
import type { OcrLine } from '@onetrip/imaging';
import type { DB, StoredField } from '../../db/schema';

export interface PageReadingRecord {
  readonly sha256: string;
  readonly originalSha256: string;
  readonly width: number;
  readonly height: number;
  readonly blank: boolean;
  readonly quality: readonly { code: string; measured: number; threshold: number }[];
  readonly classification: { readonly kind: string; readonly confidence: number };
  readonly fields: readonly StoredField[];
  readonly text: string;
  /** OCR's lines with words and boxes (the archive's text layer); absent where nothing was OCR'd */
  readonly ocrLines?: readonly OcrLine[];
}

/** Who brought the page in: a clerk at the counter, or a signed-in applicant in the online hall. */
export type PageCapturer = { readonly staffId: string } | { readonly applicantIdNumber: string };

/**
 * Idempotent on the hash: the same rendition read again keeps its first reading. An applicant's
 * upload is also recorded as theirs, even when the reading already existed, so that they may
 * submit it.
 */
export async function recordPageReading(db: Kysely<DB> | Transaction<DB>, reading: PageReadingRecord, capturer: PageCapturer, at: Date): Promise<void> {
  await db
    .insertInto('page_readings')
    .values({
      sha256: reading.sha256,
      original_sha256: reading.originalSha256,
      width: reading.width,
      height: reading.height,
      blank: reading.blank,
      quality: JSON.stringify(reading.quality),
      kind: reading.classification.kind,
      kind_confidence: reading.classification.confidence,
      fields: JSON.stringify(reading.fields.map(({ key, value, normalized, confidence, box, needsConfirmation }) => ({ key, value, normalized, confidence, box, needsConfirmation }))),
      text: reading.text,
      ocr_lines: reading.ocrLines ? JSON.stringify(reading.ocrLines.map(({ text, confidence, box, words }) => ({ text, confidence, box, words: words.map((w) => ({ text: w.text, confidence: w.confidence, box: w.box })) }))) : null,
      captured_by: 'staffId' in capturer ? capturer.staffId : null,
      captured_at: at,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  if ('applicantIdNumber' in capturer) {
    await db
      .insertInto('applicant_page_uploads')
      .values({ id_number: capturer.applicantIdNumber, page_sha256: reading.sha256, uploaded_at: at })
      .onConflict((oc) => oc.columns(['id_number', 'page_sha256']).doNothing())
      .execute();
  }
}

export interface StoredReading {
  readonly sha256: string;
  readonly width: number;
  readonly height: number;
  readonly kind: string;
  readonly kindConfidence: number;
  readonly fields: StoredField[];
  readonly text: string;
}

/** The readings of the given pages; with `uploadedBy`, only those that applicant uploaded. */
export async function readingsOf(db: Kysely<DB> | Transaction<DB>, hashes: readonly string[], uploadedBy?: string): Promise<Map<string, StoredReading>> {
  if (!hashes.length) return new Map();
  const rows = await db
    .selectFrom('page_readings')
    .select(['sha256', 'width', 'height', 'kind', 'kind_confidence', 'fields', 'text'])
    .where('sha256', 'in', [...new Set(hashes)])
    .$if(uploadedBy !== undefined, (q) =>
      q.where((eb) => eb.exists(eb.selectFrom('applicant_page_uploads as u').select('u.page_sha256').whereRef('u.page_sha256', '=', 'page_readings.sha256').where('u.id_number', '=', uploadedBy!))),
    )
    .execute();
  return new Map(rows.map((r) => [r.sha256, { sha256: r.sha256, width: r.width, height: r.height, kind: r.kind, kindConfidence: r.kind_confidence, fields: r.fields, text: r.text }]));
}
