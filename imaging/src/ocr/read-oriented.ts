// Orientation without tesseract's OSD (it needs the legacy engine and @tesseract.js-data/osd;
// Debian's native OSD, run on our cleaned pages, took about as long as a page read and got 5
// of 41 wrong): we read the page as cleaned and, only when the result is weak (low confidence
// or almost no text), read it again turned and keep the best read. Upright pages — nearly all
// of them — pay nothing; a sideways page pays one to three extra reads (and two short line
// reads that pick 90° or 270° first), a weak upright page one. An upside-down page reads as
// confident-looking garbage less often than as low-confidence garbage, which is why 180° is
// tried first when some text came back, 90°/270° first when none did.
// A quarter turn given by the caller is a person's decision (the clerk rotated the page): it is
// read as turned, however weak the read, so the retry never undoes it.
import { prepareForOcr, type CleanedPage, type CleanupOptions, type PreparedPage, type QuarterTurn } from '../cleanup/cleanup-page';
import type { GrayRaster } from '../cleanup/gray-raster';
import { halfTurnPgm, parsePgm } from '../cleanup/pgm';
import { withCleanupSlot } from './cleanup-slots';
import type { OcrPool } from './ocr-pool';
import type { OcrResult } from './ocr-result';
import { probeLine } from './probe-line';

export interface OrientedRead {
  readonly cleaned: CleanedPage;
  readonly ocr: OcrResult;
  /** the gray pixels OCR read (field re-reads crop this) */
  readonly ocrImage: Buffer;
  /** the rendition's pixels, gray, ≤ 1000 px: quality is measured on them without a JPEG decode */
  readonly qualityCopy: GrayRaster;
}

const GOOD_CONFIDENCE = 70;
const MIN_CHARS = 12;
/**
 * The half-turned probe wins when it reads at least this well and this much better than the
 * upright one (a few characters read the wrong way up came back at ≤ 44 on the corpus, the
 * right way up at 66–95).
 */
const PROBE_CONFIDENCE = 50;
const PROBE_MARGIN = 30;

const chars = (r: OcrResult): number => r.text.replace(/\s/g, '').length;
const score = (r: OcrResult): number => r.confidence * Math.min(chars(r), 200);
const good = (r: OcrResult): boolean => r.confidence >= GOOD_CONFIDENCE && chars(r) >= MIN_CHARS;

interface Attempt {
  readonly prepared: PreparedPage;
  /** read as the prepared page turned a further 180° */
  readonly halfTurn: boolean;
  readonly ocr: OcrResult;
}

const NOTHING_READ = (width: number, height: number): OcrResult => ({ text: '', confidence: 0, lines: [], width, height });

/**
 * A few characters of the page read upright and half-turned: true when only the half-turned
 * ones read well. A wrong answer costs one whole-page read, never a wrong turn: the page read
 * this way still has to read well to be kept.
 */
async function readsHalfTurned(pool: OcrPool, ocrImage: Buffer): Promise<boolean> {
  const line = probeLine(ocrImage);
  if (!line) return false;
  const upright = await pool.recognize(line, { mode: 'line', first: true });
  if (upright.confidence >= GOOD_CONFIDENCE) return false;
  const turned = await pool.recognize(halfTurnPgm(line, parsePgm(line)!.offset), { mode: 'line', first: true });
  return turned.confidence >= PROBE_CONFIDENCE && turned.confidence - upright.confidence >= PROBE_MARGIN;
}

/**
 * A page cleaned and read once. `retry`: the page is already in flight (a sideways page cleaned
 * again), so its cleanup and read go ahead of pages not yet started — a page finished sooner
 * frees its pixels, and a chain of retries left to the end of a batch would run alone there.
 * A page cleaned again sideways is 90° or 270°, a guess either way: a probe (probe-line.ts)
 * picks which of the two is read first.
 */
async function prepared(pool: OcrPool, bytes: Buffer, options: CleanupOptions, retry = false): Promise<Attempt> {
  return withCleanupSlot(pool, retry, async () => {
    const page = await prepareForOcr(bytes, options);
    // A blank page has nothing to read; OCR would only turn paper noise into characters.
    if (page.blank) return { prepared: page, halfTurn: false, ocr: NOTHING_READ(0, 0) };
    const halfTurn = retry && (await readsHalfTurned(pool, page.ocrImage));
    const image = halfTurn ? await page.halfTurnedOcrImage() : page.ocrImage;
    return { prepared: page, halfTurn, ocr: await pool.recognize(image, retry ? { first: true } : {}) };
  });
}

// An upside-down page is the cleaned pixels turned: crop, deskew and contrast do not depend on
// a half turn, so cleaning the page again would only repeat them. A quarter turn does change
// them (deskew measures rows, and a sideways page's lines are columns): the page is cleaned
// again once, turned 90°, and 270° is that cleaned page half-turned (or the other way round).
async function otherHalf(pool: OcrPool, read: Attempt): Promise<Attempt> {
  const image = read.halfTurn ? read.prepared.ocrImage : await read.prepared.halfTurnedOcrImage();
  return { prepared: read.prepared, halfTurn: !read.halfTurn, ocr: await pool.recognize(image, { first: true }) };
}

async function best(pool: OcrPool, bytes: Buffer, options: CleanupOptions): Promise<Attempt> {
  const first = await prepared(pool, bytes, options);
  if (options.quarterTurn !== undefined || first.prepared.blank || good(first.ocr)) return first;
  const someText = chars(first.ocr) >= MIN_CHARS;
  const order: QuarterTurn[] = someText ? [180, 90, 270] : [90, 270, 180];
  let kept = first;
  let quarter: Attempt | undefined;
  for (const quarterTurn of order) {
    // 180° is the first page half-turned. The page cleaned at 90° is read as 90° or 270°,
    // whichever its probe prefers, and the next quarter turn is the other one.
    const next =
      quarterTurn === 180 ? await otherHalf(pool, first)
      : quarter ? await otherHalf(pool, quarter)
      : (quarter = await prepared(pool, bytes, { ...options, quarterTurn: 90 }, true));
    if (score(next.ocr) > score(kept.ocr)) kept = next;
    if (good(next.ocr)) break;
    // A sideways page reads as next to nothing, not as weak text (the corpus's sideways pages
    // came back with no characters or confidently). Weak text that reads worse upside down is
    // an upright page that is hard to read (an ID card's back): two more full reads would
    // only cost time.
    if (someText && quarterTurn === 180 && kept === first) break;
  }
  return kept;
}

export async function readOriented(pool: OcrPool, bytes: Buffer, options: CleanupOptions = {}): Promise<OrientedRead> {
  const kept = await best(pool, bytes, options);
  // The rendition is encoded once, for the turn that read best.
  const { page, ocrImage, qualityCopy } = await kept.prepared.finish(kept.halfTurn);
  const ocr = page.blank ? NOTHING_READ(page.rendition.width, page.rendition.height) : kept.ocr;
  return { cleaned: page, ocr, ocrImage, qualityCopy };
}
