// tesseract's TSV rows become lines of words: grouped by block/paragraph/line, empty words
// dropped, line text normalised, boxes and confidences kept.
import { describe, expect, it } from 'vitest';
import { isImagingError } from '../errors';
import { toOcrResult } from './to-ocr-result';

const row = (level: number, ids: [number, number, number, number], box: [number, number, number, number], conf: number, text = ''): string =>
  [level, 1, ...ids, ...box, conf, text].join('\t');

const TSV = [
  row(1, [0, 0, 0, 0], [0, 0, 800, 600], -1),
  row(4, [1, 1, 1, 0], [10, 20, 300, 40], -1),
  row(5, [1, 1, 1, 1], [10, 20, 60, 40], 90, '姓'),
  row(5, [1, 1, 1, 2], [80, 20, 60, 40], 80, '名'),
  row(5, [1, 1, 1, 3], [150, 22, 160, 38], 95, '张伟'),
  row(5, [1, 1, 1, 4], [320, 22, 5, 38], 0, ' '),
  row(4, [1, 1, 2, 0], [10, 80, 400, 40], -1),
  row(5, [1, 1, 2, 1], [10, 80, 400, 40], 70, '110101199003070038'),
  '',
].join('\n');

describe('toOcrResult', () => {
  it('groups words into lines with their boxes, confidences and normalised text', () => {
    const r = toOcrResult(TSV, 800, 600);
    expect(r.lines.map((l) => l.text)).toEqual(['姓名张伟', '110101199003070038']);
    expect(r.text).toBe('姓名张伟\n110101199003070038');
    expect(r.lines[0]!.words.map((w) => w.text)).toEqual(['姓', '名', '张伟']);
    expect(r.lines[0]!.box).toEqual({ x: 10, y: 20, w: 300, h: 40 });
    expect(r.lines[0]!.words[2]!.box).toEqual({ x: 150, y: 22, w: 160, h: 38 });
    // weighted by characters: (90 + 80 + 2·95) / 4
    expect(r.lines[0]!.confidence).toBe(90);
    expect([r.width, r.height]).toEqual([800, 600]);
  });

  it('turns a missing result into ocr.failed, never an empty string', () => {
    let caught: unknown;
    try {
      toOcrResult(null, 1, 1);
    } catch (e) {
      caught = e;
    }
    expect(isImagingError(caught) && caught.code).toBe('ocr.failed');
  });
});
