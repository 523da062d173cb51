import { concatTransformationMatrix, degrees, drawObject, PDFDocument, PDFName, PDFString, popGraphicsState, pushGraphicsState, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixture-corpus';
import { intakeFile } from './intake-file';

const solid = (width: number, height: number, background: string): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background } }).jpeg({ quality: 95 }).toBuffer();

/** the colour at (x, y) of an intake page, as [r, g, b] */
async function colourAt(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
  return [...data.subarray(0, Math.min(3, info.channels))];
}
const near = (actual: number[], expected: number[]): boolean => actual.every((v, i) => Math.abs(v - expected[i]!) <= 12);

describe('scanned PDF pages stored as several images', () => {
  it('composites horizontal strips into one page at the strips’ resolution', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 300]);
    // scanner strips: 800×200 px each, 400×100 pt → 2 px/pt = 144 dpi; red on top
    const colours = ['#ff0000', '#00ff00', '#0000ff'];
    for (const [i, colour] of colours.entries()) {
      page.drawImage(await doc.embedJpg(await solid(800, 200, colour)), { x: 0, y: 200 - i * 100, width: 400, height: 100 });
    }
    const r = await intakeFile(await doc.save());
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]).toMatchObject({ format: 'png', width: 800, height: 600, density: 144 });
    const bytes = r.pages[0]!.bytes;
    expect(near(await colourAt(bytes, 400, 100), [255, 0, 0])).toBe(true);
    expect(near(await colourAt(bytes, 400, 300), [0, 255, 0])).toBe(true);
    expect(near(await colourAt(bytes, 400, 500), [0, 0, 255])).toBe(true);
  });

  it('puts a corpus ID card cut into four scanner strips back together', async () => {
    const card = loadFixtures().find((c) => c.name === '001-id-front')!.input;
    const { width, height } = await sharp(card).metadata();
    const doc = await PDFDocument.create();
    // 1 px = 0.5 pt (144 dpi), strips top to bottom
    const page = doc.addPage([width / 2, height / 2]);
    const strip = Math.ceil(height / 4);
    for (let top = 0; top < height; top += strip) {
      const h = Math.min(strip, height - top);
      const bytes = await sharp(card).extract({ left: 0, top, width, height: h }).jpeg({ quality: 95 }).toBuffer();
      page.drawImage(await doc.embedJpg(bytes), { x: 0, y: (height - top - h) / 2, width: width / 2, height: h / 2 });
    }
    const r = await intakeFile(await doc.save());
    expect(r.pages[0]).toMatchObject({ width, height, density: 144 });
    const raw = async (b: Buffer) => (await sharp(b).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true })).data;
    const [original, rebuilt] = await Promise.all([raw(card), raw(r.pages[0]!.bytes)]);
    expect(rebuilt.length).toBe(original.length);
    let diff = 0;
    for (let i = 0; i < original.length; i++) diff += Math.abs(original[i]! - rebuilt[i]!);
    // the strips' own JPEG re-encoding is all that differs (≈ 0.5 per channel); the whole card
    // one pixel lower would differ by ≈ 4.7
    expect(diff / original.length).toBeLessThan(1.5);
  });

  it('places 2×2 tiles of mixed JPEG and PNG, leaves uncovered paper white and ignores a text layer', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 200]);
    const png = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000000' } }).png().toBuffer();
    page.drawImage(await doc.embedJpg(await solid(100, 100, '#ff0000')), { x: 0, y: 100, width: 100, height: 100 });
    page.drawImage(await doc.embedPng(png), { x: 100, y: 100, width: 100, height: 100 });
    page.drawImage(await doc.embedJpg(await solid(100, 100, '#0000ff')), { x: 0, y: 0, width: 100, height: 100 });
    // bottom-right tile missing: the paper shows; an OCR layer drawn invisibly does not count
    page.drawText('Do (not) Q cm', { x: 120, y: 40, size: 8, font: await doc.embedFont(StandardFonts.Helvetica), opacity: 0 });
    const r = await intakeFile(await doc.save());
    const bytes = r.pages[0]!.bytes;
    expect(r.pages[0]).toMatchObject({ width: 200, height: 200 });
    expect(near(await colourAt(bytes, 50, 50), [255, 0, 0])).toBe(true);
    expect(near(await colourAt(bytes, 150, 50), [0, 0, 0])).toBe(true);
    expect(near(await colourAt(bytes, 50, 150), [0, 0, 255])).toBe(true);
    expect(near(await colourAt(bytes, 150, 150), [255, 255, 255])).toBe(true);
  });

  it('honours a mirrored placement (negative scale) and clips what falls off the page', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([100, 100]);
    // top half black, bottom half white; drawn upside down it is black at the bottom
    const halves = await sharp({ create: { width: 100, height: 50, channels: 3, background: '#ffffff' } })
      .composite([{ input: await solid(100, 25, '#000000'), left: 0, top: 0 }])
      .jpeg({ quality: 95 })
      .toBuffer();
    const img = await doc.embedJpg(halves);
    const filler = await doc.embedJpg(await solid(100, 50, '#00ff00'));
    const flipped = page.node.newXObject('Flipped', img.ref);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(100, 0, 0, -50, 0, 50), drawObject(flipped), popGraphicsState());
    // hangs 50 pt over the top edge: only its lower half is on the page
    page.drawImage(filler, { x: 0, y: 50, width: 100, height: 100 });
    const r = await intakeFile(await doc.save());
    const bytes = r.pages[0]!.bytes;
    expect(r.pages[0]).toMatchObject({ width: 100, height: 100 });
    expect(near(await colourAt(bytes, 50, 90), [0, 0, 0])).toBe(true);
    expect(near(await colourAt(bytes, 50, 60), [255, 255, 255])).toBe(true);
    expect(near(await colourAt(bytes, 50, 20), [0, 255, 0])).toBe(true);
  });

  it('refuses rotated images with a code instead of guessing', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 300]);
    page.drawImage(await doc.embedJpg(await solid(200, 100, '#888888')), { x: 0, y: 0, width: 200, height: 100 });
    page.drawImage(await doc.embedJpg(await solid(200, 100, '#444444')), { x: 300, y: 0, width: 200, height: 100, rotate: degrees(90) });
    await expect(intakeFile(await doc.save())).rejects.toMatchObject({ code: 'imaging.pdf_page_not_image', details: { reason: 'rotated_image' } });
  });

  it('refuses a page whose placements would make it a decompression bomb', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 300]);
    // two 100×100 images squeezed into 1 pt: 100 px/pt would make the page 40 000 × 30 000
    for (const x of [0, 10]) page.drawImage(await doc.embedJpg(await solid(100, 100, '#888888')), { x, y: 0, width: 1, height: 1 });
    await expect(intakeFile(await doc.save())).rejects.toMatchObject({ code: 'imaging.too_many_pixels' });
  });

  it('still refuses strips that come with JavaScript', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 300]);
    for (const y of [0, 150]) page.drawImage(await doc.embedJpg(await solid(400, 150, '#888888')), { x: 0, y, width: 400, height: 150 });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })));
    await expect(intakeFile(await doc.save({ useObjectStreams: true }))).rejects.toMatchObject({ code: 'imaging.pdf_active_content' });
  });
});
