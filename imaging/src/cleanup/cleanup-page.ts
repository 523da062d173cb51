// Cleanup turns a captured page into the rendition that is OCR'd, shown and archived:
// EXIF orientation → dark border crop → quarter turn (when asked: see README on orientation)
// → deskew → resolution normalisation → grayscale unless a seal/photo → contrast stretch →
// compressed encoding. The original bytes are returned untouched beside it, both hashed.
import type { Sharp } from 'sharp';
import sharp from '../sharp';
import { sha256Hex } from '../hash';
import { findContentBox } from './borders';
import { hasRedSeal, isPhotoLike, measureColour } from './colour';
import { detectSkew } from './deskew';
import { histogram, histogramInkThreshold, histogramPercentile, negative, percentile, transformRaster, type GrayRaster } from './gray-raster';
import { estimateDpi, layoutOf, targetScale, type PageLayout } from './layout';
import { halfTurnPgm, pgmHeader } from './pgm';
import { deskewRotate, deskewSize, rotatedCanvas } from './rotate';

export type QuarterTurn = 0 | 90 | 180 | 270;

export interface CleanupOptions {
  /** clockwise quarter turn to apply (orientation is decided by the OCR step) */
  readonly quarterTurn?: QuarterTurn;
  /** the scanner's dpi, when intake found one */
  readonly density?: number;
  readonly jpegQuality?: number;
  readonly maxPagePixels?: number;
}

export interface CleanedPage {
  readonly original: { readonly bytes: Buffer; readonly sha256: string };
  readonly rendition: {
    readonly bytes: Buffer;
    readonly sha256: string;
    readonly format: 'jpeg';
    readonly width: number;
    readonly height: number;
  };
  readonly quarterTurn: QuarterTurn;
  readonly skewDegrees: number;
  readonly cropped: boolean;
  readonly layout: PageLayout;
  /** resolution the page was captured at (before normalisation) */
  readonly capturedDpi: number;
  readonly colour: boolean;
  readonly redSeal: boolean;
  /** light text on a dark background (bank cards): OCR reads the negative */
  readonly inverted: boolean;
  readonly blank: boolean;
  readonly inkShare: number;
}

const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };
/** issue 5: an A4 page stays ≤ 300 KB */
const MAX_A4_RENDITION_BYTES = 300 * 1024;

/** Share of ink pixels, from the page's histogram (ink = dark, so a negative's histogram is reversed). */
function inkShare(hist: Uint32Array): number {
  const t = Math.min(histogramInkThreshold(hist), 160);
  let n = 0;
  let total = 0;
  for (let v = 0; v < 256; v++) {
    total += hist[v]!;
    if (v < t) n += hist[v]!;
  }
  return total ? n / total : 0;
}

/** Decoded pixels kept as a buffer between steps (sharp cannot reorder steps within one pipeline). */
interface Pixels {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
}

async function pixels(img: Sharp, channels: 1 | 3): Promise<Pixels> {
  // A one-band image comes back with three bands after some steps (rotate with a background).
  const out = channels === 1 ? img.toColourspace('b-w') : img.toColourspace('srgb');
  const { data, info } = await out.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels };
}

const open = (p: Pixels): Sharp => sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });

export interface CleanedForOcr {
  readonly page: CleanedPage;
  /** the rendition's pixels, gray and uncompressed (negated where inverted): what OCR reads */
  readonly ocrImage: Buffer;
  /** the rendition's pixels, gray, at most 1000 px a side: what quality checks measure */
  readonly qualityCopy: GrayRaster;
}

/**
 * A page cleaned up to the pixels OCR reads, before its rendition is encoded. Orientation is
 * decided by reading (read-oriented.ts): the rendition is encoded once, for the turn that won,
 * and an upside-down page is turned as cleaned pixels instead of being cleaned again.
 */
export interface PreparedPage {
  /** gray PGM of the cleaned page (negated where inverted), as the options turned it */
  readonly ocrImage: Buffer;
  readonly blank: boolean;
  /** the same PGM turned a further half turn (deskew and crop are unchanged by it) */
  halfTurnedOcrImage(): Promise<Buffer>;
  /** the rendition and the page's facts, the cleaned pixels turned by `halfTurn` first */
  finish(halfTurn?: boolean): Promise<CleanedForOcr>;
}

export async function cleanupPage(bytes: Buffer, options: CleanupOptions = {}): Promise<CleanedPage> {
  return (await cleanupForOcr(bytes, options)).page;
}

export async function cleanupForOcr(bytes: Buffer, options: CleanupOptions = {}): Promise<CleanedForOcr> {
  return (await prepareForOcr(bytes, options)).finish();
}

const ANALYSIS_SIDE = 1000;

// Where the CPU goes (measured on the corpus): every full-size pass over the page costs tens
// of milliseconds, a pass over the ≤1000-px analysis copy ~1 ms. So every decision (border,
// turn, skew, colour, blank, contrast) is taken on a small colour copy that the JPEG decoder
// produces at a fraction of the cost (DCT shrink-on-load), and a text page is turned gray in
// the one full-size decode, so that deskew, resize and contrast move one band instead of three.
export async function prepareForOcr(bytes: Buffer, options: CleanupOptions = {}): Promise<PreparedPage> {
  const input = { limitInputPixels: options.maxPagePixels ?? 50_000_000, autoOrient: true };
  const decode = (): Sharp => sharp(bytes, input).flatten({ background: WHITE });
  const meta = await sharp(bytes, input).metadata();
  const full = meta.autoOrient;
  const smallColour = await pixels(decode().resize(ANALYSIS_SIDE, ANALYSIS_SIDE, { fit: 'inside', withoutEnlargement: true }), 3);
  const small = await grayOf(smallColour);

  // Border crop on the analysis copy, mapped back to full size.
  const box = findContentBox(small);
  const k = full.width / small.width;
  const cropped = box.w < small.width * 0.99 || box.h < small.height * 0.99;
  const cropKept = cropped && box.w > small.width * 0.2 && box.h > small.height * 0.2;
  const smallBox = cropKept ? { left: box.x, top: box.y, width: box.w, height: box.h } : undefined;

  // Colour is kept only for a red seal or a photo-like card: decided on the cropped small copy.
  const colourFacts = await measureColour(smallBox ? open(smallColour).extract(smallBox) : open(smallColour));
  const redSeal = hasRedSeal(colourFacts);
  const colour = redSeal || isPhotoLike(colourFacts);
  const bands = colour ? 3 : 1;

  const quarterTurn = options.quarterTurn ?? 0;
  // Every measurement runs on the first analysis copy put through the same steps.
  let upright: GrayRaster = quarterTurn ? await transformRaster(small, { extract: smallBox, rotate: quarterTurn }) : smallBox ? cropRaster(small, smallBox) : small;
  // Light text on a dark card (bank cards): analyse the negative so "ink" is the text.
  const inverted = percentile(upright, 50) < 110;
  const skewDegrees = detectSkew(inverted ? negative(upright) : upright);
  const deskew = Math.abs(skewDegrees) >= 0.2;

  let full1 = decode();
  let fullW = full.width;
  let fullH = full.height;
  if (cropKept) {
    const left = Math.floor(box.x * k);
    const top = Math.floor(box.y * k);
    fullW = Math.min(full.width - left, Math.ceil(box.w * k));
    fullH = Math.min(full.height - top, Math.ceil(box.h * k));
    full1 = full1.extract({ left, top, width: fullW, height: fullH });
  }
  let img: Pixels;
  if (colour && deskew && !quarterTurn) {
    // A colour page is turned by libvips in the decoding pipeline itself (the same pixels as
    // turning the decoded page, without handing three full-size bands out and back in).
    img = await pixels(sharpDeskewStep(full1, fullW, fullH, skewDegrees), 3);
  } else {
    if (quarterTurn) full1 = full1.rotate(quarterTurn);
    img = await pixels(full1, bands);
    // A gray page is turned by our own loop (rotate.ts: ~10 ms a page cheaper than libvips's
    // affine, within one gray level of it); three bands cost libvips no more than our loop.
    if (deskew) img = colour ? await pixels(sharpDeskewStep(open(img), img.width, img.height, skewDegrees), 3) : { ...fromRaster(deskewRotate(img, skewDegrees)), channels: 1 };
  }
  if (deskew) upright = deskewRotate({ ...upright, channels: 1 }, skewDegrees);

  const layout = layoutOf(img.width, img.height);
  const capturedDpi = estimateDpi(img.width, img.height, layout, options.density);
  const scale = targetScale(capturedDpi, layout);
  const hist = histogram(upright);
  const ink = inkShare(inverted ? hist.slice().reverse() : hist);
  const blank = ink < 0.002;
  if (Math.abs(scale - 1) > 0.02) img = await pixels(open(img).resize(Math.round(img.width * scale), Math.round(img.height * scale), { kernel: 'lanczos3' }), bands);
  // Contrast stretch p1→0, p99→255 only where there is contrast to stretch: on a blank page
  // it would blow the paper's noise up to full range. A lookup table over our own buffer: a
  // sharp linear() goes through floats and a further full-size pass.
  const lo = histogramPercentile(hist, 1);
  const hi = histogramPercentile(hist, 99);
  const lut = !blank && hi - lo > 60 && (lo > 8 || hi < 247) ? stretchTable(lo, hi) : undefined;

  // The PGM OCR reads is written straight from the table (negated where inverted), and a gray
  // page's pixels are that PGM's body when it is not negated: one pass, no further copy.
  let cleaned: Pixels;
  let gray: Pixels;
  let ocrImage: Buffer;
  if (colour) {
    if (lut) applyTable(img.data, img.data, lut);
    cleaned = img;
    gray = await pixels(open(cleaned), 1);
    ocrImage = pgmThrough(gray, undefined, inverted).pgm;
  } else {
    ({ pgm: ocrImage, body: gray } = pgmThrough(img, lut, inverted));
    cleaned = gray;
  }
  const facts: PageFacts = { quarterTurn, skewDegrees, cropped, layout, capturedDpi: Math.round(capturedDpi), colour, redSeal, inverted, blank, inkShare: ink };
  // The half-turned gray pixels and their PGM, made once: read first, then encoded if they won.
  let halfTurned: { gray: Pixels; pgm: Buffer } | undefined;
  const halfTurnedPage = () => (halfTurned ??= (() => {
    // A half turn is the pixels in reverse order (exactly what sharp's rotate(180) gives).
    const header = ocrImage.length - gray.width * gray.height;
    const pgm = halfTurnPgm(ocrImage, header);
    const body = inverted ? halfTurnPixels(gray) : { ...gray, data: pgm.subarray(header) };
    return { gray: body, pgm };
  })());
  return {
    ocrImage,
    blank,
    halfTurnedOcrImage: () => Promise.resolve(halfTurnedPage().pgm),
    async finish(halfTurn = false) {
      if (!halfTurn) return encodeRendition(bytes, cleaned, gray, facts, ocrImage, options.jpegQuality);
      const { gray: turnedGray, pgm } = halfTurnedPage();
      const turned = colour ? halfTurnPixels(cleaned) : turnedGray;
      const turnedFacts = { ...facts, quarterTurn: ((quarterTurn + 180) % 360) as QuarterTurn };
      return encodeRendition(bytes, turned, turnedGray, turnedFacts, pgm, options.jpegQuality);
    },
  };
}

type PageFacts = Omit<CleanedPage, 'original' | 'rendition'>;

async function encodeRendition(bytes: Buffer, img: Pixels, gray: Pixels, facts: PageFacts, ocrImage: Buffer, jpegQuality?: number): Promise<CleanedForOcr> {
  const { colour, blank, layout } = facts;
  // The rendition is for people and the archive. A light blur takes the scanner noise that
  // costs JPEG bytes (a 3×3 median did the same at 5× the CPU); quantisation table 3 with
  // optimised Huffman tables comes within ~15 % of mozjpeg's size at a fifth of its CPU —
  // measured on the corpus, see README. OCR never reads this JPEG.
  const smooth = !colour && !blank && layout !== 'card';
  const jpeg = { quantisationTable: 3, optimiseCoding: true, chromaSubsampling: '4:2:0' } as const;
  let out = await (smooth ? open(img).blur(0.6) : open(img)).jpeg({ quality: jpegQuality ?? (colour ? 65 : 50), ...jpeg }).toBuffer({ resolveWithObject: true });
  // A very noisy A4 scan can still exceed the 300 KB budget: only then pay for a median on
  // gray pages, stepping the quality down until it fits. mozjpeg's trellis quantisation was
  // ~3 % smaller than this encoder at the same quality for ~7× its CPU (a marriage
  // certificate's rendition cost ~450 ms with it), so it is not used.
  for (const quality of [50, 40, 30]) {
    if (layout !== 'a4' || out.data.length <= MAX_A4_RENDITION_BYTES) break;
    const base = colour ? open(img) : open(img).median(3);
    out = await base.jpeg({ quality, ...jpeg }).toBuffer({ resolveWithObject: true });
  }
  const shrunk = await pixels(open(gray).resize(ANALYSIS_SIDE, ANALYSIS_SIDE, { fit: 'inside', withoutEnlargement: true }), 1);
  const qualityCopy: GrayRaster = { data: shrunk.data, width: shrunk.width, height: shrunk.height };
  const page: CleanedPage = {
    original: { bytes, sha256: sha256Hex(bytes) },
    rendition: { bytes: out.data, sha256: sha256Hex(out.data), format: 'jpeg', width: out.info.width, height: out.info.height },
    ...facts,
  };
  return { page, ocrImage, qualityCopy };
}

/** Contrast stretch p1→0, p99→255 as a lookup table. */
function stretchTable(lo: number, hi: number): Uint8Array {
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round(((v - lo) * 255) / (hi - lo))));
  return lut;
}

function applyTable(from: Uint8Array, to: Uint8Array, lut: Uint8Array): void {
  for (let i = 0; i < from.length; i++) to[i] = lut[from[i]!]!;
}

/**
 * A gray page through its stretch table into a binary PGM (negated where inverted) — tesseract's
 * Leptonica reads it without decoding anything, unlike a JPEG — and its gray pixels.
 */
function pgmThrough(img: Pixels, lut: Uint8Array | undefined, negate: boolean): { pgm: Buffer; body: Pixels } {
  const header = pgmHeader(img.width, img.height);
  const pgm = Buffer.allocUnsafe(header.length + img.data.length);
  header.copy(pgm);
  const out = pgm.subarray(header.length);
  if (!negate) {
    // Without a table the body is a copy (memcpy), not a pass through an identity table.
    if (lut) applyTable(img.data, out, lut);
    else img.data.copy(out);
    return { pgm, body: { ...img, data: out } };
  }
  const table = lut ?? Uint8Array.from({ length: 256 }, (_, v) => v);
  applyTable(img.data, out, table.map((v) => 255 - v));
  if (lut) applyTable(img.data, img.data, lut);
  return { pgm, body: img };
}

/** The pixels turned a half turn: the pixel order reversed. */
function halfTurnPixels(p: Pixels): Pixels {
  const data = Buffer.allocUnsafe(p.data.length);
  const n = p.width * p.height;
  if (p.channels === 1) {
    for (let i = 0, j = n - 1; i < n; i++, j--) data[j] = p.data[i]!;
  } else {
    for (let i = 0, j = (n - 1) * 3; i < n * 3; i += 3, j -= 3) {
      data[j] = p.data[i]!;
      data[j + 1] = p.data[i + 1]!;
      data[j + 2] = p.data[i + 2]!;
    }
  }
  return { ...p, data };
}

/** A colour page turned in libvips and cut back to the page (sharp rotates before an extract that follows it). */
function sharpDeskewStep(img: Sharp, width: number, height: number, skewDegrees: number): Sharp {
  const { width: w, height: h } = deskewSize(width, height, skewDegrees);
  const canvas = rotatedCanvas(width, height, skewDegrees);
  return img.rotate(-skewDegrees, { background: WHITE }).extract({ left: Math.floor((canvas.w - w) / 2), top: Math.floor((canvas.h - h) / 2), width: w, height: h });
}

const fromRaster = (r: { data: Uint8Array; width: number; height: number }): { data: Buffer; width: number; height: number } => ({
  data: Buffer.isBuffer(r.data) ? r.data : Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length),
  width: r.width,
  height: r.height,
});

/** A box out of a gray raster (what sharp's extract gives, without a pipeline). */
function cropRaster(r: GrayRaster, box: { left: number; top: number; width: number; height: number }): GrayRaster {
  const data = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) data.set(r.data.subarray((box.top + y) * r.width + box.left, (box.top + y) * r.width + box.left + box.width), y * box.width);
  return { data, width: box.width, height: box.height };
}

async function grayOf(p: Pixels): Promise<GrayRaster> {
  const g = await pixels(open(p), 1);
  return { data: g.data, width: g.width, height: g.height };
}
