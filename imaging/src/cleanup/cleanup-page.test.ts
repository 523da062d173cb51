// Cleanup crops and turns in the same decode as the EXIF orientation: the crop box, measured
// on the displayed (auto-oriented) page, must land on the same pixels whatever the file stores.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixture-corpus';
import { cleanupForOcr, prepareForOcr } from './cleanup-page';

describe('cleanupForOcr', () => {
  // A rental contract scanned with a dark border and a 3° skew.
  const scan = loadFixtures().find((c) => c.expected.kind === 'rental_contract')!.input;

  it('cleans a photo stored sideways with EXIF orientation 6 into the same upright page', async () => {
    const stored = await sharp(scan).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 92 }).toBuffer();
    const upright = await cleanupForOcr(scan);
    const fromExif = await cleanupForOcr(stored);
    expect(upright.page.cropped).toBe(true);
    for (const key of ['cropped', 'skewDegrees', 'layout', 'colour'] as const) expect(fromExif.page[key]).toEqual(upright.page[key]);
    expect([fromExif.page.rendition.width, fromExif.page.rendition.height]).toEqual([upright.page.rendition.width, upright.page.rendition.height]);
  });

  it('hands OCR a gray PGM of the rendition and quality a gray copy of at most 1000 px', async () => {
    const { page, ocrImage, qualityCopy } = await cleanupForOcr(scan, { quarterTurn: 180 });
    expect(ocrImage.subarray(0, 20).toString('latin1')).toMatch(new RegExp(`^P5\\n${page.rendition.width} ${page.rendition.height}\\n255\\n`));
    expect(Math.max(qualityCopy.width, qualityCopy.height)).toBeLessThanOrEqual(1000);
    expect(qualityCopy.data.length).toBe(qualityCopy.width * qualityCopy.height);
  });

  it('turns a cleaned page a half turn into what cleaning it turned 180° gives', async () => {
    const asked = await cleanupForOcr(scan, { quarterTurn: 180 });
    const turned = await (await prepareForOcr(scan)).finish(true);
    expect(turned.page.quarterTurn).toBe(180);
    for (const key of ['cropped', 'skewDegrees', 'layout', 'colour', 'blank'] as const) expect(turned.page[key]).toEqual(asked.page[key]);
    const a = asked.qualityCopy;
    const b = turned.qualityCopy;
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    let diff = 0;
    for (let i = 0; i < a.data.length; i++) diff += Math.abs(a.data[i]! - b.data[i]!);
    // the same page to within resampling: a page left upright would differ by tens of levels
    expect(diff / a.data.length).toBeLessThan(4);
    expect(turned.ocrImage.subarray(0, 20).toString('latin1')).toMatch(new RegExp(`^P5\\n${turned.page.rendition.width} ${turned.page.rendition.height}\\n255\\n`));
  });
});
