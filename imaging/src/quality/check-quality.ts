// Checks that tell the clerk to rescan now, not the reviewer tomorrow. Measured on a fixed
// 1000-px grayscale copy so thresholds do not depend on the capture size:
// blur = variance of the Laplacian; exposure = mean and 5th/95th percentiles; resolution =
// the capture dpi cleanup estimated; cut-off = ink touching an edge band of the page.
import { grayAnalysisCopy, inkThreshold, mean, percentile, type GrayRaster } from '../cleanup/gray-raster';

export type QualityCode = 'quality.blurry' | 'quality.too_dark' | 'quality.too_bright' | 'quality.low_resolution' | 'quality.cut_off' | 'quality.blank';

export interface QualityWarning {
  readonly code: QualityCode;
  readonly measured: number;
  readonly threshold: number;
}

export interface QualityInput {
  readonly image: Buffer;
  /**
   * The same pixels already gray and at most 1000 px a side (cleanup hands them over), so the
   * rendition's JPEG is not decoded again; without it `image` is decoded.
   */
  readonly analysisCopy?: GrayRaster;
  readonly capturedDpi?: number;
  readonly blank?: boolean;
  /** light text on a dark card: darkness and edge ink are its design, not a fault */
  readonly inverted?: boolean;
}

export const QUALITY_THRESHOLDS = {
  laplacianVariance: 120,
  darkMean: 90,
  /** even the darkest 1 % of pixels is light: washed-out text */
  brightP1: 170,
  minDpi: 150,
  edgeInkShare: 0.25,
} as const;

/** Variance of the 4-neighbour Laplacian (offset 128, clamped to a byte as a convolution would). */
function laplacianVariance(r: GrayRaster): number {
  const { data, width, height } = r;
  let sum = 0;
  let sq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const v = Math.max(0, Math.min(255, data[i - 1]! + data[i + 1]! + data[i - width]! + data[i + width]! - 4 * data[i]! + 128));
      sum += v;
      sq += v * v;
      n++;
    }
  }
  if (!n) return 0;
  const m = sum / n;
  return sq / n - m * m;
}

/** Largest share of ink in a 1.5 %-wide band along any of the four edges. */
function edgeInk(r: GrayRaster): number {
  const t = inkThreshold(r);
  const bw = Math.max(2, Math.round(r.width * 0.015));
  const bh = Math.max(2, Math.round(r.height * 0.015));
  const share = (x0: number, y0: number, x1: number, y1: number): number => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (r.data[y * r.width + x]! < t) n++;
    return n / Math.max(1, (x1 - x0) * (y1 - y0));
  };
  return Math.max(share(0, 0, r.width, bh), share(0, r.height - bh, r.width, r.height), share(0, 0, bw, r.height), share(r.width - bw, 0, r.width, r.height));
}

export async function checkQuality(input: QualityInput): Promise<QualityWarning[]> {
  const T = QUALITY_THRESHOLDS;
  const warnings: QualityWarning[] = [];
  if (input.blank) return [{ code: 'quality.blank', measured: 0, threshold: 0 }];
  const r = input.analysisCopy ?? (await grayAnalysisCopy(input.image));
  // One decode serves every measurement.
  const lap = laplacianVariance(r);
  if (lap < T.laplacianVariance) warnings.push({ code: 'quality.blurry', measured: Math.round(lap), threshold: T.laplacianVariance });
  const m = mean(r);
  if (!input.inverted && m < T.darkMean) warnings.push({ code: 'quality.too_dark', measured: Math.round(m), threshold: T.darkMean });
  const p1 = percentile(r, 1);
  if (p1 > T.brightP1) warnings.push({ code: 'quality.too_bright', measured: p1, threshold: T.brightP1 });
  if (input.capturedDpi !== undefined && input.capturedDpi < T.minDpi) {
    warnings.push({ code: 'quality.low_resolution', measured: Math.round(input.capturedDpi), threshold: T.minDpi });
  }
  const edge = input.inverted ? 0 : edgeInk(r);
  if (edge > T.edgeInkShare) warnings.push({ code: 'quality.cut_off', measured: Math.round(edge * 1000) / 1000, threshold: T.edgeInkShare });
  return warnings;
}
