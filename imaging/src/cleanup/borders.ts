// Dark scanner borders: a flatbed lid left open or a photo of a page on a dark desk leaves
// near-black bands at the edges. We walk in from each edge while the row/column is mostly
// dark, and return the content box in the analysis copy's coordinates.
import type { GrayRaster } from './gray-raster';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const DARK = 70;
const DARK_SHARE = 0.6;

export function findContentBox(r: GrayRaster): Box {
  const rowDark = (y: number): boolean => {
    let n = 0;
    for (let x = 0; x < r.width; x++) if (r.data[y * r.width + x]! < DARK) n++;
    return n > DARK_SHARE * r.width;
  };
  const colDark = (x: number, y0: number, y1: number): boolean => {
    let n = 0;
    for (let y = y0; y < y1; y++) if (r.data[y * r.width + x]! < DARK) n++;
    return n > DARK_SHARE * (y1 - y0);
  };
  let top = 0;
  let bottom = r.height;
  while (top < bottom - 1 && rowDark(top)) top++;
  while (bottom - 1 > top && rowDark(bottom - 1)) bottom--;
  let left = 0;
  let right = r.width;
  while (left < right - 1 && colDark(left, top, bottom)) left++;
  while (right - 1 > left && colDark(right - 1, top, bottom)) right--;
  return { x: left, y: top, w: right - left, h: bottom - top };
}
