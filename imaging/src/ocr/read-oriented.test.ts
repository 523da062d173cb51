// Orientation retries with a scripted pool: which quarter turns are read, in which order, and
// when the retries stop. The cleanup runs for real on a corpus page.
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../fixture-corpus';
import type { OcrPool, RecognizeOptions } from './ocr-pool';
import type { OcrResult } from './ocr-result';
import { readOriented } from './read-oriented';

const read = (text: string, confidence: number): OcrResult => ({ text, confidence, lines: [], width: 1, height: 1 });
const WEAK_TEXT = read('姓名张伟性别男民族汉出生1990年', 60);
const GARBLED = read('乙乙乙乙乙乙乙乙乙乙乙乙乙', 20);
const NOTHING = read('', 0);
const GOOD = read('公民身份号码110101199003070038', 90);

/**
 * A pool that answers each page read with the next scripted result, and each line read (the
 * orientation probe's few characters) with the next of `lines`.
 */
function scriptedPool(results: OcrResult[], lines: OcrResult[] = []): OcrPool & { calls: number; lineCalls: number } {
  const pool = {
    size: 1,
    calls: 0,
    lineCalls: 0,
    recognize: (_image: Buffer, options?: RecognizeOptions) =>
      Promise.resolve(options?.mode === 'line' ? (lines[pool.lineCalls++] ?? NOTHING) : (results[pool.calls++] ?? NOTHING)),
    close: () => Promise.resolve(),
  };
  return pool;
}

describe('readOriented', () => {
  const card = loadFixtures().find((c) => c.expected.kind === 'id_card_front')!.input;

  it('keeps a weak upright read after one upside-down try instead of reading all four turns', async () => {
    const pool = scriptedPool([WEAK_TEXT, GARBLED, GOOD, GOOD]);
    const r = await readOriented(pool, card);
    expect(pool.calls).toBe(2);
    expect(r.cleaned.quarterTurn).toBe(0);
    expect(r.ocr).toBe(WEAK_TEXT);
  });

  it('reads a weak page upside down from its cleaned pixels and keeps that turn when it reads well', async () => {
    const pool = scriptedPool([WEAK_TEXT, GOOD]);
    const upright = await readOriented(scriptedPool([GOOD]), card);
    const r = await readOriented(pool, card);
    expect(pool.calls).toBe(2);
    expect(r.cleaned.quarterTurn).toBe(180);
    expect(r.ocr).toBe(GOOD);
    expect([r.cleaned.rendition.width, r.cleaned.rendition.height]).toEqual([upright.cleaned.rendition.width, upright.cleaned.rendition.height]);
    expect(r.cleaned.rendition.sha256).not.toBe(upright.cleaned.rendition.sha256);
  });

  it('turns a page that read as nothing sideways first and stops at the first good read', async () => {
    const pool = scriptedPool([NOTHING, NOTHING, GOOD, GARBLED]);
    const r = await readOriented(pool, card);
    expect(pool.calls).toBe(3);
    expect(r.cleaned.quarterTurn).toBe(270);
    expect(r.ocr).toBe(GOOD);
  });

  it('reads a sideways page as 270° first when its probe reads only half-turned, and not as 90°', async () => {
    const pool = scriptedPool([NOTHING, GOOD, GARBLED], [NOTHING, read('公民身份号码', 85)]);
    const r = await readOriented(pool, card);
    expect([pool.calls, pool.lineCalls]).toEqual([2, 2]);
    expect(r.cleaned.quarterTurn).toBe(270);
    expect(r.ocr).toBe(GOOD);
  });

  it('probes only a page cleaned again sideways, and reads it as 90° when the probe reads upright', async () => {
    const upright = scriptedPool([WEAK_TEXT, GOOD]);
    await readOriented(upright, card);
    const sideways = scriptedPool([NOTHING, GOOD], [read('公民身份号码', 85)]);
    expect((await readOriented(sideways, card)).cleaned.quarterTurn).toBe(90);
    expect([upright.lineCalls, sideways.lineCalls]).toEqual([0, 1]);
  });

  it('reads a page once when the first read is good, and as the caller turned it', async () => {
    const good = scriptedPool([GOOD]);
    expect((await readOriented(good, card)).cleaned.quarterTurn).toBe(0);
    const turned = scriptedPool([WEAK_TEXT, GOOD]);
    expect((await readOriented(turned, card, { quarterTurn: 90 })).cleaned.quarterTurn).toBe(90);
    expect([good.calls, turned.calls]).toEqual([1, 1]);
  });
});
