// One error type for the whole package. `code` is stable: the API maps it to a translated
// message (`errors.<code>`) and the SPA never parses `message`.
export type ImagingErrorCode =
  | 'imaging.too_large'
  | 'imaging.too_many_pixels'
  | 'imaging.too_many_pages'
  | 'imaging.corrupt'
  | 'imaging.unsupported_type'
  | 'imaging.pdf_active_content'
  | 'imaging.pdf_page_not_image'
  | 'ocr.failed'
  | 'ocr.closed'
  | 'archive.hash_mismatch'
  | 'archive.not_found'
  | 'archive.invalid_input';

export class ImagingError extends Error {
  override readonly name = 'ImagingError';
  constructor(
    readonly code: ImagingErrorCode,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`, options);
  }
}

export function isImagingError(e: unknown, code?: ImagingErrorCode): e is ImagingError {
  return e instanceof ImagingError && (code === undefined || e.code === code);
}
