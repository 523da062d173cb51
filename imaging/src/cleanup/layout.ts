// Which physical size a page is, from its aspect ratio, and so its resolution: an A4 page
// (210×297 mm, ratio 1.414) or an ID/bank card (85.6×54 mm, ratio 1.586). Scanners often
// write no dpi and phones always lie, so the physical size is the better ruler.
export type PageLayout = 'a4' | 'card' | 'other';

const A4_LONG_IN = 297 / 25.4;
const CARD_LONG_IN = 85.6 / 25.4;

export function layoutOf(width: number, height: number): PageLayout {
  const ratio = Math.max(width, height) / Math.min(width, height);
  if (Math.abs(ratio - 1.414) < 0.09) return 'a4';
  if (Math.abs(ratio - 1.586) < 0.12) return 'card';
  return 'other';
}

/** Dots per inch the page was captured at, as far as can be told. */
export function estimateDpi(width: number, height: number, layout: PageLayout, density?: number): number {
  const long = Math.max(width, height);
  if (layout === 'a4') return long / A4_LONG_IN;
  if (layout === 'card') return long / CARD_LONG_IN;
  return density ?? long / A4_LONG_IN;
}

/**
 * Scale factor that brings the page to the resolution OCR reads best: at most 300 dpi for
 * pages (above is slower and worse); cards are brought up to 300 dpi too, since a 150-dpi card
 * was never read correctly by any engine.
 */
export function targetScale(dpi: number, layout: PageLayout, targetDpi = 300): number {
  if (layout === 'card') return Math.min(3, targetDpi / dpi);
  return dpi > targetDpi ? targetDpi / dpi : 1;
}
