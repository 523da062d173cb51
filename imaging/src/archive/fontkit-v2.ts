// pdf-lib's font subsetting through upstream fontkit 2 instead of @pdf-lib/fontkit 1.1.1: the
// fork's CFF subsetter writes CID-keyed CJK fonts (our Noto Sans Hans) with an invalid header
// offSize, so FreeType/PDFium — Chromium's PDF viewer — drop the font and every Chinese glyph
// renders blank while pdf.js and text extraction still look fine (pdf-lib #1232, #808).
// fontkit 2 fixed that, but its subset returns its bytes from encode() where pdf-lib 1.17
// still calls the old encodeStream(); this adapter bridges just that.
import { Readable } from 'node:stream';
import { create } from 'fontkit';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';

interface SubsetV2 {
  encode(): Uint8Array;
}

export const fontkitV2: Fontkit = {
  create(data, postscriptName) {
    const font = create(Buffer.from(data), postscriptName) as { createSubset(): SubsetV2 };
    const createSubset = font.createSubset.bind(font);
    // pdf-lib reads the font's getters (bbox, unitsPerEm …) on the object itself: keep it, patch one method
    font.createSubset = (): SubsetV2 => {
      const subset = createSubset();
      return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
    };
    return font as unknown as ReturnType<Fontkit['create']>;
  },
};
