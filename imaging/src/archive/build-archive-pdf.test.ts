import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import type { OcrResult } from '../ocr/ocr-result';
import { buildArchivePdf } from './build-archive-pdf';

const ocr: OcrResult = {
  text: '房屋租赁合同',
  confidence: 90,
  width: 1240,
  height: 1754,
  lines: [{
    text: '房屋租赁合同', confidence: 90, box: { x: 100, y: 100, w: 600, h: 80 },
    words: [{ text: '房屋租赁合同', confidence: 90, box: { x: 100, y: 100, w: 600, h: 80 } }],
  }],
};

describe('buildArchivePdf', () => {
  it('builds a cover plus one page per image, with hashes and metadata, at about the pages’ size', async () => {
    const page = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const pages = Array.from({ length: 12 }, () => ({ image: page, materialKind: 'rental_contract', ocr, dpi: 150 }));
    const pdf = await buildArchivePdf({
      receiptNumber: 'GJJ-2026-000123', applicantName: '张伟', businessType: '租房提取', clerk: 'clerk-07',
      capturedAt: new Date('2026-11-22T08:00:00Z'), materials: ['房屋租赁合同'], pages,
    });
    expect(pdf.sha256).toBe(sha256Hex(pdf.bytes));
    expect(pdf.pageSha256).toEqual(Array(12).fill(sha256Hex(page)));
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(13);
    expect(doc.getTitle()).toContain('GJJ-2026-000123');
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeDefined();
    // The font is a subset: far below the 8 MB OTF it comes from.
    expect(pdf.bytes.length).toBeLessThan(12 * page.length + 200_000);
  });

  it('writes the XMP packet as UTF-8, so the Chinese applicant, business and clerk read back', async () => {
    const page = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const pdf = await buildArchivePdf({
      receiptNumber: 'GJJ-2026-000124', applicantName: '张伟', businessType: '租房提取', clerk: '王丽娟',
      capturedAt: new Date('2026-11-22T08:00:00Z'), materials: ['房屋租赁合同'], pages: [{ image: page, materialKind: 'rental_contract' }],
    });
    const doc = await PDFDocument.load(pdf.bytes);
    const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
    expect(stream).toBeInstanceOf(PDFRawStream);
    const xmp = Buffer.from((stream as PDFRawStream).getContents()).toString('utf8');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>王丽娟</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<onetrip:businessType>租房提取</onetrip:businessType>');
  });

  it('refuses an archive without pages', async () => {
    await expect(buildArchivePdf({ receiptNumber: 'x', applicantName: 'x', businessType: 'x', clerk: 'x', capturedAt: new Date(0), materials: [], pages: [] }))
      .rejects.toMatchObject({ code: 'archive.invalid_input' });
  });
});
