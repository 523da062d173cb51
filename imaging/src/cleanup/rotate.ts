// Deskew rotation in JavaScript: bilinear, white outside the page, cut back to the page inside
// the turned canvas. It reproduces what `sharp(…).rotate(angle, { background: white })`
// followed by the centred extract gave (libvips's canvas is the turned rectangle's bounding
// box, its left/top edge the rounded minimum of the turned corners; the same pixel centres):
// the two differ by one gray level on ~1 % of pixels (16.16 fixed-point positions). On a
// one-band 7-MP page libvips's affine cost ~120–180 ms of CPU here, this loop ~60–105 ms
// (loaded machine); for three bands libvips was as fast, so cleanup turns colour pages there.

export interface RasterIn {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
}

/** The page inside a canvas turned by `deg` with expansion: W = w·cos + h·sin, H = w·sin + h·cos solved for w, h. */
export function unexpandedSize(W: number, H: number, deg: number): { w: number; h: number } {
  const a = (Math.abs(deg) * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const d = c * c - s * s;
  return { w: Math.round((c * W - s * H) / d), h: Math.round((c * H - s * W) / d) };
}

/** The canvas a w×h image turned by `deg` needs (the turned rectangle's bounding box). */
export function rotatedCanvas(w: number, h: number, deg: number): { w: number; h: number } {
  const a = (Math.abs(deg) * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return { w: Math.round(w * c + h * s), h: Math.round(w * s + h * c) };
}

/** Weights in 12-bit fixed point, rows first (the closest match to libvips's own rounding we found). */
const Q = 4096;

/** One sample near or outside the edge: the outside is white. */
function edgeSample(src: Uint8Array, w: number, h: number, ch: number, c: number, x: number, y: number): number {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const fx = Math.floor((x - ix) * Q);
  const fy = Math.floor((y - iy) * Q);
  const at = (px: number, py: number): number => (px >= 0 && py >= 0 && px < w && py < h ? src[(py * w + px) * ch + c]! : 255);
  const top = (at(ix, iy) * (Q - fx) + at(ix + 1, iy) * fx + 8) >> 4;
  const bottom = (at(ix, iy + 1) * (Q - fx) + at(ix + 1, iy + 1) * fx + 8) >> 4;
  return (top * (Q - fy) + bottom * fy + 524288) >> 20;
}

/** The size of the page turned by `skewDegrees` and cut back to the page inside its canvas. */
export function deskewSize(width: number, height: number, skewDegrees: number): { width: number; height: number } {
  const page = unexpandedSize(width, height, skewDegrees);
  const canvas = rotatedCanvas(width, height, skewDegrees);
  return { width: Math.min(canvas.w, page.w), height: Math.min(canvas.h, page.h) };
}

/**
 * The page turned clockwise by `-skewDegrees` (what straightens a page whose lines fall by
 * `skewDegrees`), cut back to the page; written into `out` when it is large enough.
 */
export function deskewRotate(src: RasterIn, skewDegrees: number, out: Uint8Array = new Uint8Array(0)): { data: Uint8Array; width: number; height: number } {
  const { data, width: w, height: h, channels: ch } = src;
  const canvas = rotatedCanvas(w, h, skewDegrees);
  const { width: W, height: H } = deskewSize(w, h, skewDegrees);
  const target = out.length >= W * H * ch ? out : Buffer.allocUnsafe(W * H * ch);
  // libvips turns by θ = -skew clockwise: X = x·cos − y·sin, Y = x·sin + y·cos (y down); its
  // canvas starts at the rounded minimum of the turned corners, and we keep its centre.
  const t = (-skewDegrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const xs = [0, w * cos, -h * sin, w * cos - h * sin];
  const ys = [0, w * sin, h * cos, w * sin + h * cos];
  const left = Math.round(Math.min(...xs)) + Math.floor((canvas.w - W) / 2);
  const top = Math.round(Math.min(...ys)) + Math.floor((canvas.h - H) / 2);
  // input = R(−θ)·(X + left, Y + top), stepped along each output row
  const dx = cos;
  const dy = -sin;
  // The run in fixed point drifts from the exact positions by < 2^-17 a step: keep it 1/16 px
  // inside, so that it never reads past the page (up to ~8000 px a row).
  const M = 1 / 16;
  const xMax = w - 1 - M;
  const yMax = h - 1 - M;
  let o = 0;
  for (let Y = 0; Y < H; Y++) {
    const ya = Y + top;
    let sx = left * cos + ya * sin;
    let sy = -left * sin + ya * cos;
    let X = 0;
    const edge = (): void => {
      for (let c = 0; c < ch; c++) target[o++] = edgeSample(data, w, h, ch, c, sx, sy);
      X++;
      sx += dx;
      sy += dy;
    };
    while (X < W && (sx < M || sy < M || sx >= xMax || sy >= yMax)) edge();
    // the run of samples whose four neighbours are all inside the page
    let n = 0;
    for (let tx = sx, ty = sy; X + n < W && tx >= M && ty >= M && tx < xMax && ty < yMax; tx += dx, ty += dy) n++;
    // 16.16 fixed point along the run: integer arithmetic only (rows at 12-bit weights, kept
    // to 16 bits, then columns), all within 32 bits
    let x = Math.round(sx * 65536) | 0;
    let y = Math.round(sy * 65536) | 0;
    const ddx = Math.round(dx * 65536) | 0;
    const ddy = Math.round(dy * 65536) | 0;
    if (ch === 1) {
      for (let k = 0; k < n; k++) {
        const fx = (x & 0xffff) >> 4;
        const fy = (y & 0xffff) >> 4;
        const gx = Q - fx;
        const i = (y >> 16) * w + (x >> 16);
        const upper = (data[i]! * gx + data[i + 1]! * fx + 8) >> 4;
        const lower = (data[i + w]! * gx + data[i + w + 1]! * fx + 8) >> 4;
        target[o++] = (upper * (Q - fy) + lower * fy + 524288) >> 20;
        x = (x + ddx) | 0;
        y = (y + ddy) | 0;
      }
    } else {
      const row = w * 3;
      for (let k = 0; k < n; k++) {
        const fx = (x & 0xffff) >> 4;
        const fy = (y & 0xffff) >> 4;
        const gx = Q - fx;
        const gy = Q - fy;
        const i = ((y >> 16) * w + (x >> 16)) * 3;
        const j = i + row;
        target[o++] = (((data[i]! * gx + data[i + 3]! * fx + 8) >> 4) * gy + ((data[j]! * gx + data[j + 3]! * fx + 8) >> 4) * fy + 524288) >> 20;
        target[o++] = (((data[i + 1]! * gx + data[i + 4]! * fx + 8) >> 4) * gy + ((data[j + 1]! * gx + data[j + 4]! * fx + 8) >> 4) * fy + 524288) >> 20;
        target[o++] = (((data[i + 2]! * gx + data[i + 5]! * fx + 8) >> 4) * gy + ((data[j + 2]! * gx + data[j + 5]! * fx + 8) >> 4) * fy + 524288) >> 20;
        x = (x + ddx) | 0;
        y = (y + ddy) | 0;
      }
    }
    sx += n * dx;
    sy += n * dy;
    X += n;
    while (X < W) edge();
  }
  return { data: target, width: W, height: H };
}
