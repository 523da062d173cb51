import type { OcrBox, OcrResult } from '../ocr/ocr-result';

export interface ExtractContext {
  /** today's date (ISO), bounds birth dates; injected so tests do not read the clock */
  readonly today: string;
  /**
   * Re-read one region of the same rendition as a single line with a character whitelist
   * (PSM 7). Absent → no second pass.
   */
  readonly reread?: (region: OcrBox, whitelist: string) => Promise<OcrResult>;
}
