// Entry of intake: bytes in, pages out, or a coded refusal. Cheap checks run first (size,
// magic bytes, PDF active content, header dimensions) so hostile input is refused before
// any real decoding.
import { ImagingError } from '../errors';
import { sha256Hex } from '../hash';
import { detectType, type AcceptedType } from './detect-type';
import { DEFAULT_INTAKE_LIMITS, type IntakeLimits } from './intake-limits';
import type { IntakePage } from './intake-page';
import { readPdfPages } from './intake-pdf';
import { readRasterPages } from './intake-raster';

export interface IntakeResult {
  readonly type: AcceptedType;
  /** SHA-256 of the uploaded file as received; the file itself is the caller's to keep. */
  readonly sha256: string;
  readonly pages: IntakePage[];
}

export interface IntakeOptions {
  readonly limits?: Partial<IntakeLimits>;
  /** pages already accepted for the same application, for the per-application limit */
  readonly pagesSoFar?: number;
}

export async function intakeFile(input: Uint8Array, options: IntakeOptions = {}): Promise<IntakeResult> {
  const limits = { ...DEFAULT_INTAKE_LIMITS, ...options.limits };
  const pagesSoFar = options.pagesSoFar ?? 0;
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length > limits.maxFileBytes) {
    throw new ImagingError('imaging.too_large', { bytes: bytes.length, limit: limits.maxFileBytes });
  }
  if (bytes.length === 0) throw new ImagingError('imaging.corrupt', { reason: 'empty' });
  const type = detectType(bytes);
  if (type === 'executable' || type === 'unknown') throw new ImagingError('imaging.unsupported_type', { detected: type });
  const pages = type === 'pdf' ? await readPdfPages(bytes, limits, pagesSoFar) : await readRasterPages(bytes, type, limits, pagesSoFar);
  return { type, sha256: sha256Hex(bytes), pages };
}
