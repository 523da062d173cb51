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

/** Idempotent on the hash: the same rendition read again keeps its first reading. */
export async function recordPageReading(db: Kysely<DB> | Transaction<DB>, reading: PageReadingRecord, capturedBy: string, at: Date): Promise<void> {
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
      captured_by: capturedBy,
      captured_at: at,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
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

export async function readingsOf(db: Kysely<DB> | Transaction<DB>, hashes: readonly string[]): Promise<Map<string, StoredReading>> {
  if (!hashes.length) return new Map();
  const rows = await db
    .selectFrom('page_readings')
    .select(['sha256', 'width', 'height', 'kind', 'kind_confidence', 'fields', 'text'])
    .where('sha256', 'in', [...new Set(hashes)])
    .execute();
  return new Map(rows.map((r) => [r.sha256, { sha256: r.sha256, width: r.width, height: r.height, kind: r.kind, kindConfidence: r.kind_confidence, fields: r.fields, text: r.text }]));
}
