// What OCR hands on: every word with its text, confidence (0–100) and box in the pixel
// coordinates of the image that was read (the rendition), grouped in lines.
export interface OcrBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
  readonly box: OcrBox;
}

export interface OcrLine {
  /** normalised text: no spaces between Chinese characters, half-width punctuation */
  readonly text: string;
  readonly confidence: number;
  readonly box: OcrBox;
  readonly words: readonly OcrWord[];
}

export interface OcrResult {
  readonly text: string;
  /** mean word confidence weighted by word length; 0 when nothing was read */
  readonly confidence: number;
  readonly lines: readonly OcrLine[];
  readonly width: number;
  readonly height: number;
}

export function unionBox(boxes: readonly OcrBox[]): OcrBox {
  if (!boxes.length) return { x: 0, y: 0, w: 0, h: 0 };
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function weightedConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let n = 0;
  for (const w of words) {
    const len = [...w.text].length;
    sum += w.confidence * len;
    n += len;
  }
  return n ? sum / n : 0;
}
