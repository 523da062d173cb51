import { describe, expect, it } from 'vitest';
import { formatShanghaiDate, formatShanghaiDateTime } from './shanghai-time';

describe('Beijing-time formatting (tests run with TZ=UTC)', () => {
  // 17:30 UTC on the 22nd is already the 23rd in Beijing.
  const lateEvening = new Date('2026-11-22T17:30:00Z');

  it("gives today's date in Beijing, not in the machine's zone", () => {
    expect(formatShanghaiDate(lateEvening, 'zh-CN')).toBe('2026年11月23日星期一');
    expect(formatShanghaiDate(lateEvening, 'en')).toBe('Monday, November 23, 2026');
  });

  it('formats an instant to the minute on a 24-hour clock', () => {
    expect(formatShanghaiDateTime('2026-11-22T17:30:00Z', 'zh-CN')).toBe('2026/11/23 01:30');
  });

  it('leaves a malformed instant as it came', () => {
    expect(formatShanghaiDateTime('soon', 'zh-CN')).toBe('soon');
  });
});
