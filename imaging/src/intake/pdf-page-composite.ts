// A scanned page stored as several images (scanners that write strips or tiles, merged PDFs):
// follow the content stream's q / Q / cm / Do to learn where each image lands, then paint them
// with sharp onto a white page at the finest resolution any of them has. Only upright or
// mirrored placements are drawn; a rotated or skewed image, a form XObject or an inline image
// is refused with a code rather than guessed at. Everything else on the page (an invisible OCR
// text layer, vector marks) is ignored: the page image is what the archive and OCR need.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { OverlayOptions } from 'sharp';
import sharp from '../sharp';
import { ImagingError } from '../errors';
import { assertPixels } from './intake-raster';
import type { IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';
import { contentOps } from './pdf-content-ops';
import { declaredSize, imageToPage } from './pdf-image';

/** [a b c d e f]: PDF's affine matrix, row-vector convention */
type Matrix = readonly [number, number, number, number, number, number];

/** A page's content streams are small text; beyond this it is not a scan (or it is a bomb). */
const MAX_CONTENT_BYTES = 4 * 1024 * 1024;
const MAX_DRAWS_PER_PAGE = 256;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const refuse = (page: number, reason: string, extra: Record<string, unknown> = {}): never => {
  throw new ImagingError('imaging.pdf_page_not_image', { page, reason, ...extra });
};

function contentBytes(doc: PDFDocument, pageIndex: number, index: number): Buffer {
  const contents = doc.getPage(pageIndex).node.Contents();
  const parts: PDFObject[] = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const out: Buffer[] = [];
  let total = 0;
  for (const part of parts) {
    const stream = part instanceof PDFRef ? doc.context.lookup(part) : part;
    if (!(stream instanceof PDFRawStream)) return refuse(index, 'content_stream');
    const filter = stream.dict.get(PDFName.of('Filter'));
    let bytes: Buffer;
    if (filter === undefined) bytes = Buffer.from(stream.contents);
    else if (filter === PDFName.of('FlateDecode')) {
      try {
        bytes = inflateSync(stream.contents, { maxOutputLength: MAX_CONTENT_BYTES });
      } catch (cause) {
        throw new ImagingError('imaging.corrupt', { page: index, reason: 'pdf_content_stream' }, { cause });
      }
    } else return refuse(index, 'content_encoding');
    total += bytes.length;
    if (total > MAX_CONTENT_BYTES) return refuse(index, 'content_too_large');
    out.push(bytes, Buffer.from('\n'));
  }
  return Buffer.concat(out);
}

interface Draw {
  readonly image: PDFRawStream;
  readonly m: Matrix;
}

function imageDraws(doc: PDFDocument, pageIndex: number, index: number): Draw[] {
  const xobjects = doc.getPage(pageIndex).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  const draws: Draw[] = [];
  for (const { operator, operands } of contentOps(contentBytes(doc, pageIndex, index))) {
    if (operator === 'q') stack.push(ctm);
    else if (operator === 'Q') ctm = stack.pop() ?? IDENTITY;
    else if (operator === 'cm') {
      const n = operands.slice(-6).map((o) => (o.kind === 'number' ? o.value : NaN));
      if (n.length !== 6 || n.some(Number.isNaN)) throw new ImagingError('imaging.corrupt', { page: index, reason: 'pdf_content_stream' });
      ctm = multiply(n as unknown as Matrix, ctm);
    } else if (operator === 'BI') refuse(index, 'inline_image');
    else if (operator === 'Do') {
      const name = operands.at(-1);
      const ref = name?.kind === 'name' ? xobjects?.get(PDFName.of(name.value)) : undefined;
      const obj = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (!(obj instanceof PDFRawStream)) throw new ImagingError('imaging.corrupt', { page: index, reason: 'pdf_missing_xobject' });
      if (obj.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) refuse(index, 'form_xobject');
      if (draws.length >= MAX_DRAWS_PER_PAGE) refuse(index, 'too_many_images', { limit: MAX_DRAWS_PER_PAGE });
      draws.push({ image: obj, m: ctm });
    }
  }
  return draws;
}

export async function compositePage(doc: PDFDocument, pageIndex: number, index: number, limits: IntakeLimits): Promise<IntakePage> {
  const box = doc.getPage(pageIndex).getMediaBox();
  const draws = imageDraws(doc, pageIndex, index).filter(({ m }) => m[0] !== 0 && m[3] !== 0);
  if (draws.length === 0) return refuse(index, 'no_image_drawn');
  // tolerance: scanners write cm values rounded to a few decimals
  if (draws.some(({ m }) => Math.abs(m[1]) > 1e-6 || Math.abs(m[2]) > 1e-6)) refuse(index, 'rotated_image');

  // pixels per point: the finest of the images, so no strip loses resolution. Sized from the
  // image dictionaries, so an oversized page is refused before any image is decoded.
  const scale = Math.max(...draws.map(({ image, m }) => {
    const size = declaredSize(image);
    return Math.max(size.width / Math.abs(m[0]), size.height / Math.abs(m[3]));
  }));
  const width = Math.round(box.width * scale);
  const height = Math.round(box.height * scale);
  assertPixels(width, height, index, limits);
  const decoded = new Map<PDFRawStream, IntakePage>();
  for (const { image } of draws) if (!decoded.has(image)) decoded.set(image, await imageToPage(image, index, limits));

  const overlays: OverlayOptions[] = [];
  for (const { image, m } of draws) {
    const x = Math.min(m[4], m[4] + m[0]) - box.x;
    const top = box.y + box.height - Math.max(m[5], m[5] + m[3]);
    const left = Math.round(x * scale);
    const upper = Math.round(top * scale);
    const w = Math.max(1, Math.round(Math.abs(m[0]) * scale));
    const h = Math.max(1, Math.round(Math.abs(m[3]) * scale));
    // the part of the placed image that falls on the page
    const cl = Math.max(0, left);
    const ct = Math.max(0, upper);
    const cw = Math.min(width, left + w) - cl;
    const ch = Math.min(height, upper + h) - ct;
    if (cw <= 0 || ch <= 0) continue;
    const placed = await sharp(decoded.get(image)!.bytes)
      .resize(w, h, { fit: 'fill' })
      .flop(m[0] < 0)
      .flip(m[3] < 0)
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const visible = await sharp(placed.data, { raw: { width: w, height: h, channels: placed.info.channels } })
      .extract({ left: cl - left, top: ct - upper, width: cw, height: ch })
      .raw()
      .toBuffer({ resolveWithObject: true });
    overlays.push({ input: visible.data, raw: { width: cw, height: ch, channels: visible.info.channels }, left: cl, top: ct });
  }
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite(overlays).png().toBuffer();
  return { index, format: 'png', bytes, width, height, density: Math.round(scale * 72) };
}
