import { describe, expect, it } from 'vitest';
import { coverTime } from './cover-time';

describe('coverTime', () => {
  it('prints the Beijing date and time, which can be the next day in UTC terms', () => {
    expect(coverTime(new Date('2026-11-22T08:00:00Z'))).toBe('2026-11-22 16:00（北京时间）');
    expect(coverTime(new Date('2026-11-22T23:05:00Z'))).toBe('2026-11-23 07:05（北京时间）');
    expect(coverTime(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23 00:00（北京时间）');
  });
});
