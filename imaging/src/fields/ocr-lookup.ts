// Finding values by labels and positions rather than by line order: tesseract often returns a
// card's labels as one column and the values as another, and scrambles invoice rows.
import type { OcrLine, OcrResult } from '../ocr/ocr-result';

export interface Hit {
  readonly line: OcrLine;
  readonly match: RegExpExecArray;
}

export function findLine(ocr: OcrResult, re: RegExp): Hit | undefined {
  for (const line of ocr.lines) {
    const match = re.exec(line.text);
    if (match) return { line, match };
  }
  return undefined;
}

/** Text after the label on the label's own line (label stripped, leading punctuation too). */
export function afterLabel(hit: Hit): string {
  return hit.line.text.slice(hit.match.index + hit.match[0].length).replace(/^[\s:;,."'〈<>()]+/, '').trim();
}

const centreY = (l: OcrLine): number => l.box.y + l.box.h / 2;

/** Lines on the same row as `label`, to its right, left to right. */
export function rightOf(ocr: OcrResult, label: OcrLine): OcrLine[] {
  const top = label.box.y - label.box.h * 0.3;
  const bottom = label.box.y + label.box.h * 1.3;
  return ocr.lines
    .filter((l) => l !== label && l.box.x > label.box.x + label.box.w * 0.5 && centreY(l) > top && centreY(l) < bottom)
    .sort((a, b) => a.box.x - b.box.x);
}

/** The value of a label: on its own line after it, else the nearest line to its right. */
export function labelValue(ocr: OcrResult, label: RegExp): { text: string; lines: OcrLine[] } | undefined {
  const hit = findLine(ocr, label);
  if (!hit) return undefined;
  const own = afterLabel(hit);
  if (own) return { text: own, lines: [hit.line] };
  const right = rightOf(ocr, hit.line)[0];
  return right ? { text: right.text, lines: [right] } : undefined;
}

export function linesBelow(ocr: OcrResult, first: OcrLine, maxGapFactor = 1.8): OcrLine[] {
  const out: OcrLine[] = [];
  let last = first;
  const sorted = [...ocr.lines].sort((a, b) => a.box.y - b.box.y);
  for (const l of sorted) {
    if (l.box.y <= last.box.y + last.box.h * 0.5) continue;
    const gap = l.box.y - (last.box.y + last.box.h);
    if (gap > last.box.h * maxGapFactor) break;
    if (Math.abs(l.box.x - first.box.x) > first.box.h * 1.5) continue;
    out.push(l);
    last = l;
  }
  return out;
}
