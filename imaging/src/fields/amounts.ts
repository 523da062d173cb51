// An amount printed twice — in figures and in capital numerals — is the usual Chinese
// safeguard. We read the figures (OCR reads digits far better than 贰/叁/肆) and raise the
// confidence when the capitals on the page agree.
import type { OcrLine, OcrResult } from '../ocr/ocr-result';
import { field, type ExtractedField } from './extracted-field';
import { chineseAmountToFen, decimalAmountToFen } from './normalise-amount';

const CAPITALS = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元[零壹贰叁肆伍陆柒捌玖角分整]*/;

function capitalsOnPage(ocr: OcrResult): number[] {
  return ocr.lines.map((l) => CAPITALS.exec(l.text)?.[0]).filter((s): s is string => !!s).map((s) => chineseAmountToFen(s)).filter((n): n is number => n !== null);
}

/** The amount following `label` (same line), as a field; capitals elsewhere on the page cross-check it. */
export function amountField(ocr: OcrResult, key: string, label: RegExp): ExtractedField | undefined {
  for (const line of ocr.lines) {
    const m = label.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(m.index + m[0].length);
    const figure = /¥?\s*(\d{1,3}(?:[,，]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)/.exec(rest);
    if (!figure) continue;
    const fen = decimalAmountToFen(figure[1]!);
    const capitals = capitalsOnPage(ocr);
    const confirmed = fen !== null && capitals.includes(fen);
    const lines: OcrLine[] = [line];
    return field(key, figure[0].trim(), fen, lines, { valid: fen !== null, confidence: confirmed ? Math.max(line.confidence, 95) : line.confidence });
  }
  return undefined;
}
