// The pool reads a page as it is handed over: light text on a dark background is cleanup's to
// turn (it negates a bank card), so Tesseract's own inverted re-read of weak lines is off — a
// negated page reads as garbage instead of costing a second read of every line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupForOcr } from '../cleanup/cleanup-page';
import { loadFixtures } from '../fixture-corpus';
import { createOcrPool, type OcrPool } from './ocr-pool';

describe('createOcrPool', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1 });
  });
  afterAll(() => pool.close());

  it('reads dark-on-light pixels and leaves a negated page unread', async () => {
    const card = loadFixtures().find((c) => c.name.startsWith('001-'))!;
    const { ocrImage, page } = await cleanupForOcr(card.input);
    const body = page.rendition.width * page.rendition.height;
    const negated = Buffer.from(ocrImage);
    for (let i = negated.length - body; i < negated.length; i++) negated[i] = 255 - negated[i]!;
    const idNumber = String(card.expected.fields.idNumber);
    const upright = await pool.recognize(ocrImage);
    const inverted = await pool.recognize(negated);
    expect(upright.text).toContain(idNumber);
    expect(inverted.text).not.toContain(idNumber.slice(0, 6));
    expect(inverted.confidence).toBeLessThan(50);
  });
});
