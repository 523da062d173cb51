// A few characters of one text line cut out of a cleaned page: reading them upright and
// half-turned (two short line reads, ~40 ms each) tells which way up the page is, where a
// wrong guess costs a whole-page read (~0.5–1.2 s). Used only where the turn is a guess: a page
// cleaned again sideways, 90° or 270° (see read-oriented.ts) — an upright page never pays it.
import { parsePgm, pgmHeader } from '../cleanup/pgm';

const INK = 128;
/** every 4th column is enough to see a text line in a row profile */
const STEP = 4;
/** line heights a 300-dpi page's text can have (cards and A4 body text are ~35–75 px) */
const MIN_LINE = 16;
const MAX_LINE = 160;
/** the crop is at most this many line heights wide: 6–8 characters */
const MAX_WIDTH_IN_LINES = 8;

/**
 * The most-inked text line (rows with ink separated by blank rows, of a text line's height),
 * its first few characters with a quarter of its height as margin, as a PGM; undefined when
 * the page shows no such line (a sideways page's columns, a photo, a dark card).
 */
export function probeLine(image: Buffer): Buffer | undefined {
  const pgm = parsePgm(image);
  if (!pgm) return undefined;
  const { width, height, offset } = pgm;
  const minInk = Math.max(2, (width / STEP) * 0.01);
  const rowInk = (y: number): number => {
    let n = 0;
    for (let i = offset + y * width, end = i + width; i < end; i += STEP) if (image[i]! < INK) n++;
    return n;
  };
  let best: { top: number; h: number; ink: number } | undefined;
  for (let y = 0; y < height; ) {
    let ink = rowInk(y);
    if (ink < minInk) {
      y++;
      continue;
    }
    const top = y;
    let sum = 0;
    while (y < height && ink >= minInk) {
      sum += ink;
      if (++y < height) ink = rowInk(y);
    }
    const h = y - top;
    if (h >= MIN_LINE && h <= MAX_LINE && (!best || sum > best.ink)) best = { top, h, ink: sum };
  }
  if (!best) return undefined;
  const pad = Math.round(best.h / 4);
  let first = width;
  for (let y = best.top; y < best.top + best.h; y++) {
    const row = offset + y * width;
    for (let x = 0; x < first; x++) if (image[row + x]! < INK) first = x;
  }
  const x0 = Math.max(0, first - pad);
  const x1 = Math.min(width, x0 + MAX_WIDTH_IN_LINES * best.h + 2 * pad);
  const y0 = Math.max(0, best.top - pad);
  const y1 = Math.min(height, best.top + best.h + pad);
  const header = pgmHeader(x1 - x0, y1 - y0);
  const out = Buffer.allocUnsafe(header.length + (x1 - x0) * (y1 - y0));
  header.copy(out);
  for (let y = y0; y < y1; y++) image.copy(out, header.length + (y - y0) * (x1 - x0), offset + y * width + x0, offset + y * width + x1);
  return out;
}
