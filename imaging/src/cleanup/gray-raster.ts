// Small grayscale copies for analysis. Every measurement (skew, borders, blank, blur) runs on
// a copy of at most ~1000 px so that it costs milliseconds whatever the scan's size.
import type { Sharp } from 'sharp';
import sharp from '../sharp';

export interface GrayRaster {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export async function grayAnalysisCopy(image: Buffer | Sharp, maxSide = 1000): Promise<GrayRaster> {
  const pipeline = Buffer.isBuffer(image) ? sharp(image) : image.clone();
  const { data, info } = await pipeline
    .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Count of each gray level 0–255 (an indexed loop: `for…of` over a typed array is ~3× slower here). */
export function histogram(r: GrayRaster): Uint32Array {
  const hist = new Uint32Array(256);
  const d = r.data;
  for (let i = 0; i < d.length; i++) hist[d[i]!]!++;
  return hist;
}

/** Percentile of the gray levels (0–255). */
export function percentile(r: GrayRaster, p: number): number {
  return histogramPercentile(histogram(r), p);
}

export function histogramPercentile(hist: Uint32Array, p: number): number {
  let total = 0;
  for (let v = 0; v < 256; v++) total += hist[v]!;
  const target = (p / 100) * total;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc >= target) return v;
  }
  return 255;
}

export function mean(r: GrayRaster): number {
  let s = 0;
  const d = r.data;
  for (let i = 0; i < d.length; i++) s += d[i]!;
  return r.data.length ? s / r.data.length : 0;
}

/** Pixels clearly darker than the paper: paper level (p90) minus a margin. */
export function inkThreshold(r: GrayRaster): number {
  return histogramInkThreshold(histogram(r));
}

export function histogramInkThreshold(hist: Uint32Array): number {
  return Math.max(40, histogramPercentile(hist, 90) - 70);
}

export function negative(r: GrayRaster): GrayRaster {
  return { ...r, data: r.data.map((v) => 255 - v) };
}

/**
 * The same geometric step applied to an analysis copy instead of re-shrinking the full page:
 * shrinking a 7-megapixel page costs ~70 ms each time, this ~1 ms.
 */
export async function transformRaster(
  r: GrayRaster,
  step: { extract?: { left: number; top: number; width: number; height: number }; rotate?: number; crop?: { width: number; height: number } },
): Promise<GrayRaster> {
  let img = sharp(r.data, { raw: { width: r.width, height: r.height, channels: 1 } });
  if (step.extract) img = img.extract(step.extract);
  if (step.rotate) img = img.rotate(step.rotate, { background: { r: 255, g: 255, b: 255 } });
  let { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  if (step.crop) {
    const w = Math.min(info.width, step.crop.width);
    const h = Math.min(info.height, step.crop.height);
    ({ data, info } = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .extract({ left: Math.floor((info.width - w) / 2), top: Math.floor((info.height - h) / 2), width: w, height: h })
      .raw()
      .toBuffer({ resolveWithObject: true }));
  }
  // rotate() of a one-band image can come back with more bands when the background is RGB.
  if (info.channels !== 1) ({ data, info } = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).extractChannel(0).raw().toBuffer({ resolveWithObject: true }));
  return { data, width: info.width, height: info.height };
}
