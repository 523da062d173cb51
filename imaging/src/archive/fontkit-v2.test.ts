import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cjkFontBytes } from './cjk-font';
import { fontkitV2 } from './fontkit-v2';

/** the embedded CFF program(s) of a saved PDF */
async function embeddedCff(bytes: Uint8Array): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(bytes);
  const out: Uint8Array[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('CIDFontType0C')) out.push(decodePDFRawStream(obj).decode());
  }
  return out;
}

describe('CJK font subsets through fontkit 2', () => {
  it('embeds a CFF whose header PDFium and FreeType accept (offSize 1–4)', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitV2);
    const font = await doc.embedFont(await cjkFontBytes(), { subset: true });
    doc.addPage().drawText('业务材料归档封面 GJJ-2026', { font, size: 12 });
    const [cff] = await embeddedCff(await doc.save());
    expect(cff).toBeDefined();
    // CFF header: major, minor, hdrSize, offSize. @pdf-lib/fontkit 1.1 wrote 26 here, and
    // Chromium's viewer then painted every Chinese character blank.
    expect(cff![0]).toBe(1);
    expect(cff![3]).toBeGreaterThanOrEqual(1);
    expect(cff![3]).toBeLessThanOrEqual(4);
    // a subset, not the 8 MB font
    expect(cff!.length).toBeLessThan(200 * 1024);
  });
});
