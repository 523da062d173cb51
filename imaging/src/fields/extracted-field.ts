// One field read from a page: what OCR saw, what it means, how sure we are and where it is,
// so the SPA can highlight it and ask the clerk to confirm only the uncertain ones.
import type { OcrBox, OcrLine } from '../ocr/ocr-result';
import { unionBox } from '../ocr/ocr-result';

export interface ExtractedField {
  readonly key: string;
  readonly value: string;
  /** fen for amounts, ISO date, digits for numbers, the cleaned text otherwise */
  readonly normalized: string | number | null;
  readonly confidence: number;
  /** in rendition pixel coordinates */
  readonly box: OcrBox;
  readonly needsConfirmation: boolean;
}

/** Below this OCR confidence a field is shown for confirmation whatever else we know. */
export const CONFIRM_BELOW = 80;

export function field(
  key: string,
  value: string,
  normalized: string | number | null,
  lines: readonly OcrLine[],
  opts: { valid?: boolean; confidence?: number } = {},
): ExtractedField {
  const confidence = Math.round(opts.confidence ?? (lines.length ? Math.min(...lines.map((l) => l.confidence)) : 0));
  const valid = opts.valid ?? normalized !== null;
  return {
    key,
    value,
    normalized,
    confidence,
    box: unionBox(lines.map((l) => l.box)),
    needsConfirmation: !valid || confidence < CONFIRM_BELOW,
  };
}
