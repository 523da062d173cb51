// Cleanup runs on the main thread and libuv's pool, OCR on the pool's worker threads. Started
// all at once (a 40-page upload), every page's cleanup would advance together and the OCR
// workers would idle until the first finished, then the main thread would idle while OCR
// drains. Allowing only as many cleanups in flight as there are OCR workers keeps page N+1 in
// cleanup while page N is in OCR, on both workers.
import type { OcrPool } from './ocr-pool';

interface Slots {
  free: number;
  readonly waiting: (() => void)[];
}

const slotsByPool = new WeakMap<OcrPool, Slots>();

export async function withCleanupSlot<T>(pool: OcrPool, work: () => Promise<T>): Promise<T> {
  let slots = slotsByPool.get(pool);
  if (!slots) slotsByPool.set(pool, (slots = { free: pool.size, waiting: [] }));
  const s = slots;
  if (s.free > 0) s.free--;
  else await new Promise<void>((resolve) => s.waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = s.waiting.shift();
    if (next) next();
    else s.free++;
  }
}
