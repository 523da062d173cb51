// One image XObject of a scanned PDF as a self-contained file: DCTDecode is a JPEG already;
// 8-bit Flate gray/RGB becomes a PNG. Anything else is refused with a code — no general PDF
// image decoder runs on untrusted input.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, type PDFRawStream } from 'pdf-lib';
import sharp from '../sharp';
import { ImagingError } from '../errors';
import { detectType } from './detect-type';
import { assertPixels, readRasterPages } from './intake-raster';
import type { IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';

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

/** Width and height in pixels as the image dictionary declares them (0 when missing). */
export function declaredSize(stream: PDFRawStream): { width: number; height: number } {
  return { width: num(stream, 'Width'), height: num(stream, 'Height') };
}

export async function imageToPage(stream: PDFRawStream, index: number, limits: IntakeLimits): Promise<IntakePage> {
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
