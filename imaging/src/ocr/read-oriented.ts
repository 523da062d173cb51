// Orientation without tesseract's OSD (it needs osd.traineddata, which no npm package ships):
// we read the page as cleaned and, only when the result is weak (low confidence or almost no
// text), clean it again with the other quarter turns and keep the best read. Upright pages —
// nearly all of them — pay nothing; a sideways page pays one to three extra reads. An upside-
// down page reads as confident-looking garbage less often than as low-confidence garbage,
// which is why 180° is tried first when some text came back, 90°/270° first when none did.
import sharp from 'sharp';
import { cleanupPage, type CleanedPage, type CleanupOptions, type QuarterTurn } from '../cleanup/cleanup-page';
import type { OcrPool } from './ocr-pool';
import type { OcrResult } from './ocr-result';

export interface OrientedRead {
  readonly cleaned: CleanedPage;
  readonly ocr: OcrResult;
}

const GOOD_CONFIDENCE = 70;
const MIN_CHARS = 12;

/** The image OCR reads: the rendition, as a negative where the page is light-on-dark. */
export async function ocrInput(cleaned: CleanedPage): Promise<Buffer> {
  if (!cleaned.inverted) return cleaned.rendition.bytes;
  return sharp(cleaned.rendition.bytes).grayscale().negate().png({ compressionLevel: 1 }).toBuffer();
}

const chars = (r: OcrResult): number => r.text.replace(/\s/g, '').length;
const score = (r: OcrResult): number => r.confidence * Math.min(chars(r), 200);
const good = (r: OcrResult): boolean => r.confidence >= GOOD_CONFIDENCE && chars(r) >= MIN_CHARS;

export async function readOriented(pool: OcrPool, bytes: Buffer, options: CleanupOptions = {}): Promise<OrientedRead> {
  const cleaned = await cleanupPage(bytes, options);
  const first = { cleaned, ocr: await pool.recognize(await ocrInput(cleaned)) };
  if (cleaned.blank || good(first.ocr)) return first;
  const order: QuarterTurn[] = chars(first.ocr) >= MIN_CHARS ? [180, 90, 270] : [90, 270, 180];
  let best = first;
  for (const quarterTurn of order) {
    const c = await cleanupPage(bytes, { ...options, quarterTurn });
    const attempt = { cleaned: c, ocr: await pool.recognize(await ocrInput(c)) };
    if (score(attempt.ocr) > score(best.ocr)) best = attempt;
    if (good(attempt.ocr)) break;
  }
  return best;
}
