// Skew by projection profiles: text lines make the row histogram of ink pixels peaky when
// the page is straight. We project ink pixel coordinates onto candidate angles (±10°, coarse
// 0.5° steps then 0.1° refinement) and keep the angle with the largest sum of squared bin
// counts — cheap on the downscaled copy, and no rotation of pixels is needed per candidate.
import { inkThreshold, type GrayRaster } from './gray-raster';

const MAX_POINTS = 60_000;

function inkPoints(r: GrayRaster): { xs: Float64Array; ys: Float64Array } {
  const t = inkThreshold(r);
  const d = r.data;
  let count = 0;
  for (let i = 0; i < d.length; i++) if (d[i]! < t) count++;
  const step = Math.max(1, Math.ceil(count / MAX_POINTS));
  const n = Math.ceil(count / step);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let k = 0;
  let seen = 0;
  for (let y = 0, i = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++, i++) {
      if (d[i]! < t && seen++ % step === 0) {
        xs[k] = x;
        ys[k++] = y;
      }
    }
  }
  return { xs, ys };
}

function score(xs: Float64Array, ys: Float64Array, angleDeg: number, bins: Int32Array, offset: number): number {
  const a = (angleDeg * Math.PI) / 180;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  bins.fill(0);
  // (v + offset + 0.5) | 0 is Math.round(v) + offset here (the sum is positive), at half the cost
  const shift = offset + 0.5;
  for (let i = 0; i < xs.length; i++) bins[(ys[i]! * cos - xs[i]! * sin + shift) | 0]!++;
  let s = 0;
  for (let b = 0; b < bins.length; b++) s += bins[b]! * bins[b]!;
  return s;
}

/**
 * The angle (degrees, positive = text lines fall to the right) that straightens the page,
 * within ±maxDeg; 0 when the page has too little ink to tell.
 */
export function detectSkew(r: GrayRaster, maxDeg = 10): number {
  const { xs, ys } = inkPoints(r);
  if (xs.length < 200) return 0;
  const offset = r.width + 2;
  const bins = new Int32Array(r.width + r.height + 2 * offset);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number): void => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = score(xs, ys, a, bins, offset);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
  };
  search(-maxDeg, maxDeg, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.1);
  return Math.round(best * 10) / 10;
}
