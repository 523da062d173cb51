// The probe's crop: the most-inked text line's first characters with a margin, from the page
// as OCR reads it; nothing when the page shows no line of a text line's height.
import { describe, expect, it } from 'vitest';
import { halfTurnPgm, parsePgm } from '../cleanup/pgm';
import { probeLine } from './probe-line';

/** A white PGM with black boxes (x, y, w, h). */
function page(width: number, height: number, boxes: [number, number, number, number][]): Buffer {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`);
  const body = Buffer.alloc(width * height, 255);
  for (const [x, y, w, h] of boxes) for (let r = y; r < y + h; r++) body.fill(0, r * width + x, r * width + x + w);
  return Buffer.concat([header, body]);
}

/** a line of `n` 30-px "characters" 40 px high, 10 px apart, from x */
const line = (x: number, y: number, n: number): [number, number, number, number][] => Array.from({ length: n }, (_, i) => [x + i * 40, y, 30, 40]);

describe('probeLine', () => {
  it('cuts the most-inked line’s first eight line heights out, with a quarter line of margin', () => {
    const image = page(1000, 400, [...line(100, 50, 5), ...line(60, 200, 20)]);
    const crop = probeLine(image)!;
    const pgm = parsePgm(crop)!;
    expect([pgm.width, pgm.height]).toEqual([8 * 40 + 20, 40 + 20]);
    // the crop starts 10 px left of the line's first character, 10 px above it
    expect(crop[pgm.offset + 10 * pgm.width + 9]).toBe(255);
    expect(crop[pgm.offset + 10 * pgm.width + 10]).toBe(0);
  });

  it('finds no line on a blank page, in a photo or in a page of rules', () => {
    expect(probeLine(page(600, 400, []))).toBeUndefined();
    expect(probeLine(page(600, 400, [[100, 50, 300, 250]]))).toBeUndefined();
    expect(probeLine(page(600, 400, [[0, 100, 600, 3], [0, 200, 600, 3]]))).toBeUndefined();
  });
});

describe('halfTurnPgm', () => {
  it('keeps the header and reverses the pixels', () => {
    const image = page(3, 2, [[0, 0, 1, 1]]);
    const { offset } = parsePgm(image)!;
    const turned = halfTurnPgm(image, offset);
    expect(turned.subarray(0, offset)).toEqual(image.subarray(0, offset));
    expect([...turned.subarray(offset)]).toEqual([255, 255, 255, 255, 255, 0]);
  });
});
