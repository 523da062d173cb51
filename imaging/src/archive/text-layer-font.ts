// The invisible OCR layer is never painted (render mode 3): viewers only need its character
// codes, the ToUnicode map and the widths. So instead of embedding an outline for every
// character the OCR found (~170 bytes each, ~85 KB for a 12-page application), the layer uses
// a second Type0 font over the SAME embedded font program (the cover's subset): codes are the
// characters' UTF-16 values, every code has width 1000 (each word is stretched over its OCR
// box anyway), and codes the program lacks fall to .notdef — invisible either way. Search and
// copy go through the ToUnicode map, as in tesseract's own "GlyphLessFont" PDFs.
import { PDFArray, PDFDict, PDFHexString, PDFName, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';

export interface TextLayerFont {
  readonly ref: PDFRef;
  /** hex string of 2-byte codes; characters outside the BMP are left out */
  encode(text: string): PDFHexString;
  /** width in points at `size` (every code is 1000/1000 em) */
  widthOf(text: string, size: number): number;
}

const bmpOnly = (text: string): string => text.replace(/[\uD800-\uDFFF]/g, '');

/** ToUnicode: identity over the BMP, in 256-code ranges (a range may only vary its last byte). */
function identityToUnicode(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue; // surrogates map to nothing
    const h = hi.toString(16).padStart(2, '0');
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <ffff>', 'endcodespacerange',
    ...blocks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

/** Call after everything visible was drawn with `font`: it freezes `font`'s subset. */
export async function embedTextLayerFont(doc: PDFDocument, font: PDFFont): Promise<TextLayerFont> {
  await font.embed();
  const { context } = doc;
  const type0 = context.lookup(font.ref, PDFDict);
  const cid = context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
  const descendant = context.obj({
    Type: 'Font',
    Subtype: cid.get(PDFName.of('Subtype')),
    BaseFont: cid.get(PDFName.of('BaseFont')),
    CIDSystemInfo: cid.get(PDFName.of('CIDSystemInfo')),
    FontDescriptor: cid.get(PDFName.of('FontDescriptor')),
    DW: 1000,
  });
  const toUnicode = context.flateStream(identityToUnicode());
  const ref = context.register(context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: type0.get(PDFName.of('BaseFont')),
    Encoding: 'Identity-H',
    DescendantFonts: [context.register(descendant)],
    ToUnicode: context.register(toUnicode),
  }));
  return {
    ref,
    encode: (text) => PDFHexString.of([...bmpOnly(text)].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')),
    widthOf: (text, size) => [...bmpOnly(text)].length * size,
  };
}
