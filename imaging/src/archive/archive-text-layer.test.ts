// The archive's invisible text layer as a reader sees it: pdf.js (the engine of Firefox's
// viewer and of many web viewers) extracts the OCR text of a real ID-card fixture from a built
// archive, and the applicant's Chinese name is found on the page it came from.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixture-corpus';
import { createOcrPool, type OcrPool } from '../ocr/ocr-pool';
import { readPage, type PageReading } from '../read-page';
import { buildArchivePdf } from './build-archive-pdf';

async function pageTexts(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return texts;
}

describe('archive text layer in pdf.js', () => {
  const card = loadFixtures().find((c) => c.name === '001-id-front')!;
  let pool: OcrPool;
  let reading: PageReading;

  beforeAll(async () => {
    pool = await createOcrPool({ size: 1 });
    reading = await readPage(pool, card.input, { today: '2026-11-22' });
  }, 60_000);
  afterAll(() => pool?.close());

  it('finds the name and ID number read from an ID card on that page, and the cover text on the cover', async () => {
    const pdf = await buildArchivePdf({
      receiptNumber: 'GJJ-2026-000123', applicantName: '杨海燕', businessType: '租房提取', clerk: 'clerk-07',
      capturedAt: new Date('2026-11-22T08:00:00Z'), materials: ['居民身份证（正面）'],
      pages: [{ image: reading.cleaned.rendition.bytes, materialKind: 'id_card_front', ocr: reading.ocr }],
    });
    const [cover, page] = await pageTexts(pdf.bytes);
    expect(cover).toContain('业务材料归档封面');
    expect(cover).toContain('居民身份证');
    const flat = page!.replace(/\s/g, '');
    expect(flat).toContain(String(card.expected.fields.name));
    expect(flat).toContain(String(card.expected.fields.idNumber));
  });
});
