// The API process's one OCR pool: tesseract workers take seconds to start and hold the language
// data in memory, so they are started once, on the first captured page (a process that never
// scans never pays for them), shared by every request and closed on shutdown.
import { createOcrPool, type OcrPool } from '@onetrip/imaging';

let starting: Promise<OcrPool> | null = null;

/** Concurrent first requests share one start; a failed start is retried by the next request. */
export function sharedOcrPool(size?: number): Promise<OcrPool> {
  starting ??= createOcrPool(size === undefined ? {} : { size }).catch((e: unknown) => {
    starting = null;
    throw e;
  });
  return starting;
}

/** Queued recognitions finish; later ones are refused with `ocr.closed`. */
export async function closeSharedOcrPool(): Promise<void> {
  const closing = starting;
  starting = null;
  if (closing) await (await closing).close();
}
