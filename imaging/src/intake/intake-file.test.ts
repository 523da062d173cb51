import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ImagingErrorCode } from '../errors';
import { intakeFile } from './intake-file';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** A valid-looking PNG whose header claims 100 000 × 100 000 pixels (10 GP): a bomb. */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(100_001);
  const idat = deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

const page = (w = 400, h = 300): Promise<Buffer> =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#ddd' } }).jpeg().toBuffer();

async function refusedWith(bytes: Uint8Array, code: ImagingErrorCode, options = {}): Promise<void> {
  const started = performance.now();
  await expect(intakeFile(bytes, options)).rejects.toMatchObject({ name: 'ImagingError', code });
  // Refused from the header, without decoding: bounded far below what decoding a bomb would take.
  // (The 1 s target itself is a bench figure; a loaded CI machine must not fail a test over it.)
  expect(performance.now() - started).toBeLessThan(10_000);
}

describe('intakeFile', () => {
  it('accepts JPEG and PNG by their bytes and reports sizes', async () => {
    const jpeg = await page();
    const r = await intakeFile(jpeg);
    expect(r.type).toBe('jpeg');
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]).toMatchObject({ width: 400, height: 300, format: 'jpeg' });
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    const png = await sharp(jpeg).png().toBuffer();
    expect((await intakeFile(png)).type).toBe('png');
  });

  it('splits a multi-page TIFF', async () => {
    const tiff = await sharp([await page(200, 100), await page(200, 100), await page(200, 100)], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const r = await intakeFile(tiff);
    expect(r.type).toBe('tiff');
    expect(r.pages.map((p) => [p.index, p.width, p.height])).toEqual([[0, 200, 100], [1, 200, 100], [2, 200, 100]]);
  });

  it('extracts the embedded image of each page of a scanned PDF', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2; i++) {
      const img = await doc.embedJpg(await page());
      doc.addPage([400, 300]).drawImage(img, { x: 0, y: 0, width: 400, height: 300 });
    }
    const pngImg = await doc.embedPng(await sharp(await page()).png().toBuffer());
    doc.addPage([400, 300]).drawImage(pngImg, { x: 0, y: 0, width: 400, height: 300 });
    const r = await intakeFile(await doc.save());
    expect(r.type).toBe('pdf');
    expect(r.pages.map((p) => p.format)).toEqual(['jpeg', 'jpeg', 'png']);
  });

  it('refuses a PDF page without an image', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([400, 300]).drawText('hello');
    await refusedWith(await doc.save(), 'imaging.pdf_page_not_image');
  });

  it('refuses a PDF with JavaScript, also inside compressed object streams', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([400, 300]).drawImage(await doc.embedJpg(await page()), { x: 0, y: 0 });
    const js = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(js));
    await refusedWith(await doc.save({ useObjectStreams: false }), 'imaging.pdf_active_content');
    await refusedWith(await doc.save({ useObjectStreams: true }), 'imaging.pdf_active_content');
  });

  it('refuses a PDF with a Launch action written with #xx name escapes', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([400, 300]).drawImage(await doc.embedJpg(await page()), { x: 0, y: 0 });
    const saved = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    const evil = saved.replace('/Type /Catalog', '/Type /Catalog /OpenAction << /S /L#61unch /F (calc.exe) >>');
    await refusedWith(Buffer.from(evil, 'latin1'), 'imaging.pdf_active_content');
  });

  it('refuses a decompression bomb from its header, fast and without decoding', async () => {
    const before = process.memoryUsage().rss;
    await refusedWith(pngBomb(), 'imaging.too_many_pixels');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses truncated and corrupt images', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg()
      .toBuffer();
    await refusedWith(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'imaging.corrupt');
    const png = await sharp(jpeg).png().toBuffer();
    await refusedWith(png.subarray(0, Math.floor(png.length / 2)), 'imaging.corrupt');
    await refusedWith(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100, 7)]), 'imaging.corrupt');
  });

  it('refuses renamed executables and unknown types', async () => {
    await refusedWith(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'imaging.unsupported_type');
    await refusedWith(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200)]), 'imaging.unsupported_type');
    await refusedWith(Buffer.from('just some text'), 'imaging.unsupported_type');
  });

  it('enforces the size and page limits', async () => {
    await refusedWith(await page(), 'imaging.too_large', { limits: { maxFileBytes: 100 } });
    await refusedWith(await page(), 'imaging.too_many_pages', { pagesSoFar: 100 });
  });
});
