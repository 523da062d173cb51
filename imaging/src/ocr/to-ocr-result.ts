// tesseract.js's block tree → our flat lines of words, with normalised line text.
import type { Page } from 'tesseract.js';
import { ImagingError } from '../errors';
import { normaliseOcrText } from './normalise-text';
import { unionBox, weightedConfidence, type OcrBox, type OcrLine, type OcrResult, type OcrWord } from './ocr-result';

const box = (b: { x0: number; y0: number; x1: number; y1: number }): OcrBox => ({ x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0 });

export function toOcrResult(page: Page, width: number, height: number): OcrResult {
  if (!page || typeof page.text !== 'string') throw new ImagingError('ocr.failed', { reason: 'no result' });
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words: OcrWord[] = line.words
          .filter((w) => w.text.trim())
          .map((w) => ({ text: w.text, confidence: w.confidence, box: box(w.bbox) }));
        if (!words.length) continue;
        const text = normaliseOcrText(words.map((w) => w.text).join(' '));
        if (!text) continue;
        lines.push({ text, confidence: weightedConfidence(words), box: unionBox(words.map((w) => w.box)), words });
      }
    }
  }
  const all = lines.flatMap((l) => l.words);
  return {
    text: lines.map((l) => l.text).join('\n'),
    confidence: weightedConfidence(all),
    lines,
    width,
    height,
  };
}
