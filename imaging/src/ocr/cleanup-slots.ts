// Cleanup runs on the main thread and libuv's pool, OCR on the pool's worker threads. Started
// all at once (a 40-page upload), every page's cleanup would advance together and the OCR
// workers would idle until the first finished; and every cleaned page waiting for a worker
// holds its full-size pixels (~30 MB for a colour A4 page) until its rendition is encoded
// after the read. A slot is held from the start of a page's cleanup to the end of its first
// read, two per OCR worker: one page in OCR, one cleaned or being cleaned behind it, so the
// workers never wait for cleanup and at most 2 × workers pages hold pixels before their read.
import type { OcrPool } from './ocr-pool';

interface Slots {
  free: number;
  readonly waiting: (() => void)[];
}

const slotsByPool = new WeakMap<OcrPool, Slots>();

/** `first`: ahead of the pages already waiting (a page already in flight, cleaned again). */
export async function withCleanupSlot<T>(pool: OcrPool, first: boolean, work: () => Promise<T>): Promise<T> {
  let slots = slotsByPool.get(pool);
  if (!slots) slotsByPool.set(pool, (slots = { free: 2 * pool.size, waiting: [] }));
  const s = slots;
  if (s.free > 0) s.free--;
  else await new Promise<void>((resolve) => (first ? s.waiting.unshift(resolve) : s.waiting.push(resolve)));
  try {
    return await work();
  } finally {
    const next = s.waiting.shift();
    if (next) next();
    else s.free++;
  }
}
