import { describe, expect, it } from 'vitest';
import { percentile, percentiles } from './timing';

describe('bench percentiles', () => {
  it('takes the nearest rank of sorted samples', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 0.5)).toBe(10);
    expect(percentile(twenty, 0.95)).toBe(19);
    expect(percentile(twenty, 0.99)).toBe(20);
    expect(percentile([7], 0.5)).toBe(7);
  });

  it('calls the operation for the warm-up and then once per sample', async () => {
    let calls = 0;
    const result = await percentiles(5, async () => void calls++, 2);
    expect(calls).toBe(7);
    expect(result.p50).toBeGreaterThanOrEqual(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  });
});
