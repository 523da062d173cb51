import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './calendar-date';

describe('formatCalendarDate', () => {
  it('names the day itself in both languages', () => {
    expect(formatCalendarDate('2026-11-25', 'zh-CN')).toBe('2026年11月25日星期三');
    expect(formatCalendarDate('2026-11-25', 'en')).toBe('Wednesday, November 25, 2026');
  });

  it('does not move a date across midnight whatever the zone (Jan 1 stays Jan 1)', () => {
    expect(formatCalendarDate('2027-01-01', 'zh-CN')).toBe('2027年1月1日星期五');
  });

  it('leaves anything that is not a calendar date as it came', () => {
    expect(formatCalendarDate('2026-11-25T00:00:00Z', 'zh-CN')).toBe('2026-11-25T00:00:00Z');
  });
});
