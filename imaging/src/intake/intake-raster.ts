// JPEG, PNG and (multi-page) TIFF. The pixel limit is checked from the header before any
// decoding, then every page is decoded once into a thumbnail with `failOn: 'truncated'` so a
// cut-off upload is refused here and not half-way through OCR.
import type { Metadata } from 'sharp';
import sharp from '../sharp';
import { ImagingError } from '../errors';
import type { IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';

type RasterType = 'jpeg' | 'png' | 'tiff';

async function headerOf(bytes: Buffer, page: number, limits: IntakeLimits): Promise<Metadata> {
  try {
    return await sharp(bytes, { page, limitInputPixels: limits.maxPagePixels }).metadata();
  } catch (cause) {
    // sharp reads the dimensions from the header and refuses before decoding anything.
    if (cause instanceof Error && /pixel limit/i.test(cause.message)) {
      throw new ImagingError('imaging.too_many_pixels', { page, limit: limits.maxPagePixels }, { cause });
    }
    throw new ImagingError('imaging.corrupt', { page, reason: 'header' }, { cause });
  }
}

export function assertPixels(width: number, height: number, page: number, limits: IntakeLimits): void {
  if (!(width > 0 && height > 0)) throw new ImagingError('imaging.corrupt', { page, reason: 'dimensions' });
  if (width * height > limits.maxPagePixels) {
    throw new ImagingError('imaging.too_many_pixels', { page, width, height, limit: limits.maxPagePixels });
  }
}

async function assertDecodes(bytes: Buffer, page: number, limits: IntakeLimits): Promise<void> {
  try {
    await sharp(bytes, { page, failOn: 'truncated', limitInputPixels: limits.maxPagePixels })
      .resize(256, 256, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (cause) {
    throw new ImagingError('imaging.corrupt', { page, reason: 'decode' }, { cause });
  }
}

export async function readRasterPages(
  bytes: Buffer,
  type: RasterType,
  limits: IntakeLimits,
  pagesSoFar: number,
): Promise<IntakePage[]> {
  const first = await headerOf(bytes, 0, limits);
  const pageCount = type === 'tiff' ? (first.pages ?? 1) : 1;
  if (pagesSoFar + pageCount > limits.maxPages) {
    throw new ImagingError('imaging.too_many_pages', { pages: pagesSoFar + pageCount, limit: limits.maxPages });
  }
  const pages: IntakePage[] = [];
  for (let i = 0; i < pageCount; i++) {
    const meta = i === 0 ? first : await headerOf(bytes, i, limits);
    // For TIFF, `height` of page 0 is that page's; `pageHeight` guards odd multi-page files.
    const height = meta.pageHeight ?? meta.height;
    assertPixels(meta.width, height, i, limits);
    await assertDecodes(bytes, i, limits);
    const density = meta.density && meta.density > 1 ? meta.density : undefined;
    if (type === 'tiff') {
      const png = await sharp(bytes, { page: i, limitInputPixels: limits.maxPagePixels }).png().toBuffer();
      pages.push({ index: pagesSoFar + i, format: 'png', bytes: png, width: meta.width, height, density });
    } else {
      pages.push({ index: pagesSoFar + i, format: type, bytes, width: meta.width, height, density });
    }
  }
  return pages;
}
