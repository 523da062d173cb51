// Cleanup turns a captured page into the rendition that is OCR'd, shown and archived:
// EXIF orientation → dark border crop → quarter turn (when asked: see README on orientation)
// → deskew → resolution normalisation → grayscale unless a seal/photo → contrast stretch →
// compressed encoding. The original bytes are returned untouched beside it, both hashed.
import sharp, { type Sharp } from 'sharp';
import { sha256Hex } from '../hash';
import { findContentBox } from './borders';
import { hasRedSeal, isPhotoLike, measureColour } from './colour';
import { detectSkew } from './deskew';
import { grayAnalysisCopy, inkThreshold, negative, percentile, transformRaster, type GrayRaster } from './gray-raster';
import { estimateDpi, layoutOf, targetScale, type PageLayout } from './layout';

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

function inkShare(r: GrayRaster): number {
  const t = Math.min(inkThreshold(r), 160);
  let n = 0;
  for (const v of r.data) if (v < t) n++;
  return r.data.length ? n / r.data.length : 0;
}

async function materialise(img: Sharp): Promise<Sharp> {
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

/**
 * The page inside a canvas that was rotated by `deg` with expansion (what a scanner's or our
 * own rotation leaves): solving W = w·cos + h·sin, H = w·sin + h·cos for w, h.
 */
function unexpandedSize(W: number, H: number, deg: number): { w: number; h: number } {
  const a = (Math.abs(deg) * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const d = c * c - s * s;
  return { w: Math.round((c * W - s * H) / d), h: Math.round((c * H - s * W) / d) };
}

/** A binary PGM: tesseract's Leptonica reads it without decoding anything, unlike a JPEG. */
async function grayPgm(img: Sharp): Promise<Buffer> {
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return Buffer.concat([Buffer.from(`P5\n${info.width} ${info.height}\n255\n`), data]);
}

export interface CleanedForOcr {
  readonly page: CleanedPage;
  /** the rendition's pixels, gray and uncompressed (negated where inverted): what OCR reads */
  readonly ocrImage: Buffer;
}

export async function cleanupPage(bytes: Buffer, options: CleanupOptions = {}): Promise<CleanedPage> {
  return (await cleanupForOcr(bytes, options)).page;
}

export async function cleanupForOcr(bytes: Buffer, options: CleanupOptions = {}): Promise<CleanedForOcr> {
  const limitInputPixels = options.maxPagePixels ?? 50_000_000;
  let img = await materialise(sharp(bytes, { limitInputPixels }).rotate().flatten({ background: WHITE }).toColourspace('srgb'));
  let meta = await img.metadata();

  // Border crop on the analysis copy, mapped back to full size.
  const small = await grayAnalysisCopy(img);
  const box = findContentBox(small);
  const k = meta.width / small.width;
  const cropped = box.w < small.width * 0.99 || box.h < small.height * 0.99;
  const cropKept = cropped && box.w > small.width * 0.2 && box.h > small.height * 0.2;
  if (cropKept) {
    img = await materialise(img.extract({
      left: Math.floor(box.x * k),
      top: Math.floor(box.y * k),
      width: Math.min(meta.width - Math.floor(box.x * k), Math.ceil(box.w * k)),
      height: Math.min(meta.height - Math.floor(box.y * k), Math.ceil(box.h * k)),
    }));
  }

  const quarterTurn = options.quarterTurn ?? 0;
  if (quarterTurn) img = await materialise(img.rotate(quarterTurn));
  // Every later measurement runs on the first analysis copy put through the same steps.
  let upright = await transformRaster(small, { extract: cropKept ? { left: box.x, top: box.y, width: box.w, height: box.h } : undefined, rotate: quarterTurn });
  // Light text on a dark card (bank cards): analyse the negative so "ink" is the text.
  const inverted = percentile(upright, 50) < 110;
  const skewDegrees = detectSkew(inverted ? negative(upright) : upright);
  if (Math.abs(skewDegrees) >= 0.2) {
    meta = await img.metadata();
    const page = unexpandedSize(meta.width, meta.height, skewDegrees);
    const rotated = await materialise(img.rotate(-skewDegrees, { background: WHITE }));
    const r = await rotated.metadata();
    const w = Math.min(r.width, page.w);
    const h = Math.min(r.height, page.h);
    img = await materialise(rotated.extract({ left: Math.floor((r.width - w) / 2), top: Math.floor((r.height - h) / 2), width: w, height: h }));
    const small2 = unexpandedSize(upright.width, upright.height, skewDegrees);
    upright = await transformRaster(upright, { rotate: -skewDegrees, crop: { width: small2.w, height: small2.h } });
  }
  meta = await img.metadata();

  const layout = layoutOf(meta.width, meta.height);
  const capturedDpi = estimateDpi(meta.width, meta.height, layout, options.density);
  const scale = targetScale(capturedDpi, layout);
  if (Math.abs(scale - 1) > 0.02) {
    img = await materialise(img.resize(Math.round(meta.width * scale), Math.round(meta.height * scale), { kernel: 'lanczos3' }));
  }

  const colourFacts = await measureColour(img);
  const redSeal = hasRedSeal(colourFacts);
  const colour = redSeal || isPhotoLike(colourFacts);
  const before = upright;
  const ink = inkShare(inverted ? negative(before) : before);
  const blank = ink < 0.002;
  if (!colour) img = img.grayscale();
  // Contrast stretch p1→0, p99→255 only where there is contrast to stretch: on a blank page
  // it would blow the paper's noise up to full range.
  const lo = percentile(before, 1);
  const hi = percentile(before, 99);
  if (!blank && hi - lo > 60 && (lo > 8 || hi < 247)) {
    const a = 255 / (hi - lo);
    img = img.linear(a, -lo * a);
  }
  img = await materialise(img);

  // The rendition is for people and the archive. A light blur takes the scanner noise that
  // costs JPEG bytes (a 3×3 median did the same at 5× the CPU); quantisation table 3 with
  // optimised Huffman tables comes within ~15 % of mozjpeg's size at a fifth of its CPU —
  // measured on the corpus, see README. OCR never reads this JPEG.
  const smooth = !colour && !blank && layout !== 'card';
  let out = await (smooth ? img.clone().blur(0.6) : img.clone())
    .jpeg({ quality: options.jpegQuality ?? (colour ? 65 : 50), quantisationTable: 3, optimiseCoding: true, chromaSubsampling: '4:2:0' })
    .toBuffer({ resolveWithObject: true });
  // A very noisy A4 scan can still exceed the 300 KB budget: only then pay for the median
  // and mozjpeg's trellis quantisation, stepping the quality down until it fits.
  for (const quality of [50, 40, 30]) {
    if (layout !== 'a4' || out.data.length <= MAX_A4_RENDITION_BYTES) break;
    const base = colour ? img.clone() : img.clone().median(3);
    out = await base.jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer({ resolveWithObject: true });
  }
  const ocrImage = await grayPgm(inverted ? img.clone().grayscale().negate({ alpha: false }) : img.clone().grayscale());
  const page: CleanedPage = {
    original: { bytes, sha256: sha256Hex(bytes) },
    rendition: { bytes: out.data, sha256: sha256Hex(out.data), format: 'jpeg', width: out.info.width, height: out.info.height },
    quarterTurn,
    skewDegrees,
    cropped,
    layout,
    capturedDpi: Math.round(capturedDpi),
    colour,
    redSeal,
    inverted,
    blank,
    inkShare: ink,
  };
  return { page, ocrImage };
}
