// Skew by projection profiles: text lines make the row histogram of ink pixels peaky when
// the page is straight. We project ink pixel coordinates onto candidate angles (±10°, coarse
// 0.5° steps then 0.1° refinement) and keep the angle with the largest sum of squared bin
// counts — cheap on the downscaled copy, and no rotation of pixels is needed per candidate.
import { inkThreshold, type GrayRaster } from './gray-raster';

const MAX_POINTS = 60_000;

function inkPoints(r: GrayRaster): Float64Array {
  const t = inkThreshold(r);
  let count = 0;
  for (const v of r.data) if (v < t) count++;
  const step = Math.max(1, Math.ceil(count / MAX_POINTS));
  const pts: number[] = [];
  let seen = 0;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (r.data[y * r.width + x]! < t && seen++ % step === 0) pts.push(x, y);
    }
  }
  return Float64Array.from(pts);
}

function score(pts: Float64Array, angleDeg: number, bins: Float64Array, offset: number): number {
  const a = (angleDeg * Math.PI) / 180;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  bins.fill(0);
  for (let i = 0; i < pts.length; i += 2) {
    const b = Math.round(pts[i + 1]! * cos - pts[i]! * sin) + offset;
    bins[b]! += 1;
  }
  let s = 0;
  for (const c of bins) s += c * c;
  return s;
}

/**
 * The angle (degrees, positive = text lines fall to the right) that straightens the page,
 * within ±maxDeg; 0 when the page has too little ink to tell.
 */
export function detectSkew(r: GrayRaster, maxDeg = 10): number {
  const pts = inkPoints(r);
  if (pts.length < 400) return 0;
  const offset = r.width + 2;
  const bins = new Float64Array(r.width + r.height + 2 * offset);
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number): void => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = score(pts, a, bins, offset);
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
