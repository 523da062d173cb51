// Scanned PDFs: each page should be embedded images and nothing else worth keeping. A page of
// one image is extracted as it is (pdf-image.ts); a page of several (strips, tiles) has them
// composited by where its content stream draws them (pdf-page-composite.ts). No general PDF
// renderer runs on untrusted input, and pages without an image are refused with a code.
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { ImagingError } from '../errors';
import type { IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';
import { parsedActiveContent, rawActiveContent } from './pdf-active-content';
import { imageToPage } from './pdf-image';
import { compositePage } from './pdf-page-composite';

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
    if (images.length === 0) throw new ImagingError('imaging.pdf_page_not_image', { page: pagesSoFar + i, images: 0 });
    pages.push(images.length === 1 ? await imageToPage(images[0]!, pagesSoFar + i, limits) : await compositePage(doc, i, pagesSoFar + i, limits));
  }
  return pages;
}
