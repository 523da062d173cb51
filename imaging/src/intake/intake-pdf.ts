// Scanned PDFs: each page should be one embedded image. We extract it as it is (DCTDecode is
// a JPEG already; 8-bit Flate gray/RGB becomes a PNG) instead of rendering, so no PDF
// renderer runs on untrusted input. Pages that are not a single image are refused with a
// code for now (a later session may render them).
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { ImagingError } from '../errors';
import { detectType } from './detect-type';
import { assertPixels, readRasterPages } from './intake-raster';
import type { IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';
import { parsedActiveContent, rawActiveContent } from './pdf-active-content';

async function load(bytes: Buffer): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (cause) {
    const encrypted = cause instanceof Error && /encrypt/i.test(cause.message);
    throw new ImagingError(encrypted ? 'imaging.unsupported_type' : 'imaging.corrupt', { reason: encrypted ? 'pdf_encrypted' : 'pdf_parse' }, { cause });
  }
}

function pageImages(doc: PDFDocument, pageIndex: number): PDFRawStream[] {
  const page = doc.getPage(pageIndex);
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return [];
  const images: PDFRawStream[] = [];
  for (const [, ref] of xobjects.entries()) {
    const obj = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) images.push(obj);
  }
  return images;
}

function filterOf(stream: PDFRawStream): string[] {
  const f = stream.dict.get(PDFName.of('Filter'));
  if (f instanceof PDFName) return [f.decodeText()];
  if (f instanceof PDFArray) return f.asArray().map((n) => (n instanceof PDFName ? n.decodeText() : '?'));
  return [];
}

function num(stream: PDFRawStream, key: string): number {
  const v = stream.dict.get(PDFName.of(key));
  return v instanceof PDFNumber ? v.asNumber() : 0;
}

async function imageToPage(stream: PDFRawStream, index: number, limits: IntakeLimits): Promise<IntakePage> {
  const width = num(stream, 'Width');
  const height = num(stream, 'Height');
  assertPixels(width, height, index, limits);
  const filters = filterOf(stream);
  const bytes = Buffer.from(stream.contents);
  if (filters.length === 1 && filters[0] === 'DCTDecode' && detectType(bytes) === 'jpeg') {
    const [page] = await readRasterPages(bytes, 'jpeg', limits, index);
    if (!page) throw new ImagingError('imaging.corrupt', { page: index });
    return page;
  }
  const cs = stream.dict.get(PDFName.of('ColorSpace'));
  const channels = cs === PDFName.of('DeviceGray') ? 1 : cs === PDFName.of('DeviceRGB') ? 3 : 0;
  if (filters.length === 1 && filters[0] === 'FlateDecode' && channels && num(stream, 'BitsPerComponent') === 8 && !stream.dict.get(PDFName.of('DecodeParms'))) {
    const expected = width * height * channels;
    let raw: Buffer;
    try {
      // maxOutputLength bounds memory even if the stream lies about its size.
      raw = inflateSync(bytes, { maxOutputLength: expected });
    } catch (cause) {
      throw new ImagingError('imaging.corrupt', { page: index, reason: 'pdf_image_stream' }, { cause });
    }
    if (raw.length !== expected) throw new ImagingError('imaging.corrupt', { page: index, reason: 'pdf_image_size' });
    const png = await sharp(raw, { raw: { width, height, channels: channels as 1 | 3 } }).png().toBuffer();
    return { index, format: 'png', bytes: png, width, height };
  }
  throw new ImagingError('imaging.pdf_page_not_image', { page: index, filters, reason: 'unsupported_image_encoding' });
}

export async function readPdfPages(bytes: Buffer, limits: IntakeLimits, pagesSoFar: number): Promise<IntakePage[]> {
  const raw = rawActiveContent(bytes);
  if (raw) throw new ImagingError('imaging.pdf_active_content', { found: raw });
  const doc = await load(bytes);
  const parsed = parsedActiveContent(doc);
  if (parsed) throw new ImagingError('imaging.pdf_active_content', { found: parsed });
  const count = doc.getPageCount();
  if (count === 0) throw new ImagingError('imaging.corrupt', { reason: 'pdf_no_pages' });
  if (pagesSoFar + count > limits.maxPages) {
    throw new ImagingError('imaging.too_many_pages', { pages: pagesSoFar + count, limit: limits.maxPages });
  }
  const pages: IntakePage[] = [];
  for (let i = 0; i < count; i++) {
    const images = pageImages(doc, i);
    if (images.length !== 1) throw new ImagingError('imaging.pdf_page_not_image', { page: pagesSoFar + i, images: images.length });
    pages.push(await imageToPage(images[0]!, pagesSoFar + i, limits));
  }
  return pages;
}
