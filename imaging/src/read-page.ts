// The whole page path the API's job runner calls: cleanup (with orientation retry) → OCR →
// quality → classification → fields. One pool is shared by every caller.
import type { CleanedPage, CleanupOptions } from './cleanup/cleanup-page';
import { classifyPage, type Classification } from './classify/classify-page';
import type { MaterialKind } from './classify/material-kind';
import { extractFields } from './fields/extract-fields';
import type { ExtractedField } from './fields/extracted-field';
import type { OcrPool } from './ocr/ocr-pool';
import type { OcrResult } from './ocr/ocr-result';
import { readOriented } from './ocr/read-oriented';
import { checkQuality, type QualityWarning } from './quality/check-quality';

export interface PageReading {
  readonly cleaned: CleanedPage;
  readonly ocr: OcrResult;
  readonly quality: QualityWarning[];
  readonly classification: Classification;
  readonly fields: ExtractedField[];
}

export interface ReadPageOptions extends CleanupOptions {
  readonly today: string;
  /** the clerk's correction of the material kind, when given */
  readonly kind?: MaterialKind;
}

export async function readPage(pool: OcrPool, bytes: Buffer, options: ReadPageOptions): Promise<PageReading> {
  const { cleaned, ocr, ocrImage, qualityCopy } = await readOriented(pool, bytes, options);
  const quality = await checkQuality({ image: cleaned.rendition.bytes, analysisCopy: qualityCopy, capturedDpi: cleaned.capturedDpi, blank: cleaned.blank, inverted: cleaned.inverted });
  const classification = options.kind ? { kind: options.kind, confidence: 1 } : classifyPage(ocr, cleaned.rendition);
  const fields = await extractFields(classification.kind, ocr, {
    today: options.today,
    reread: (region, whitelist) =>
      pool.recognize(ocrImage, {
        mode: 'line',
        whitelist,
        first: true,
        rectangle: { left: Math.round(region.x), top: Math.round(region.y), width: Math.round(region.w), height: Math.round(region.h) },
      }),
  });
  return { cleaned, ocr, quality, classification, fields };
}
