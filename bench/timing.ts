// p50/p99 of an async operation called `calls` times after a warm-up (the first calls fill caches
// and prepare plans; a steady screen is what a reviewer or supervisor lives with).
export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
}

/** Nearest-rank percentile of ascending-sorted samples. */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** p50/p99 of samples in any order. */
export function percentilesOf(ms: readonly number[]): Percentiles {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

export async function percentiles(calls: number, op: () => Promise<unknown>, warmup = Math.min(30, calls)): Promise<Percentiles> {
  for (let i = 0; i < warmup; i++) await op();
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await op();
    ms.push(performance.now() - t0);
  }
  return percentilesOf(ms);
}
