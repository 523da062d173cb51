import { describe, expect, it } from 'vitest';
import { compactDateTime } from './review-format';

describe('compact date-time', () => {
  it('is Beijing time, ISO-shaped, whatever the language', () => {
    expect(compactDateTime('2026-11-22T06:05:00.000Z')).toBe('2026-11-22 14:05');
    expect(compactDateTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
  });
});
