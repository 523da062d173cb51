// tesseract's TSV (one row per page, block, paragraph, line and word) → our flat lines of
// words, with normalised line text. TSV rather than tesseract.js's `blocks` tree: the tree is
// built as JSON in the worker (every symbol and its choices), parsed and copied to the main
// thread — ~5 % of an A4 page's OCR for detail nothing here reads.
import { ImagingError } from '../errors';
import { normaliseOcrText } from './normalise-text';
import { unionBox, weightedConfidence, type OcrLine, type OcrResult, type OcrWord } from './ocr-result';

/** TSV columns: level page block par line word left top width height conf text */
const WORD_LEVEL = '5';

export function toOcrResult(tsv: string | null | undefined, width: number, height: number): OcrResult {
  if (typeof tsv !== 'string') throw new ImagingError('ocr.failed', { reason: 'no result' });
  const lines: OcrLine[] = [];
  let lineKey = '';
  let words: OcrWord[] = [];
  const endLine = (): void => {
    if (!words.length) return;
    const text = normaliseOcrText(words.map((w) => w.text).join(' '));
    if (text) lines.push({ text, confidence: weightedConfidence(words), box: unionBox(words.map((w) => w.box)), words });
    words = [];
  };
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c[0] !== WORD_LEVEL || c.length < 12) continue;
    const key = `${c[1]}.${c[2]}.${c[3]}.${c[4]}`;
    if (key !== lineKey) {
      endLine();
      lineKey = key;
    }
    // A word's text may itself hold a tab only in theory; keep whatever follows the 11th column.
    const text = c.slice(11).join('\t');
    if (!text.trim()) continue;
    words.push({ text, confidence: Number(c[10]), box: { x: Number(c[6]), y: Number(c[7]), w: Number(c[8]), h: Number(c[9]) } });
  }
  endLine();
  const all = lines.flatMap((l) => l.words);
  return {
    text: lines.map((l) => l.text).join('\n'),
    confidence: weightedConfidence(all),
    lines,
    width,
    height,
  };
}
