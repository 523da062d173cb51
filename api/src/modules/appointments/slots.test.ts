import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, notice2026 } from '@onetrip/workflows';
import { hhmm, minuteOfDay, nextBoundary, shanghaiInstant, slotHasStarted, slotsForWindow, workingDaysFrom, type SlotTemplate } from './slots';

const defaults: SlotTemplate[] = ['13:30', '09:00', '09:30'].map((s) => ({ windowId: null, slotStart: s, minutes: 30, capacity: 2 }));
const cal = createWorkingCalendar([notice2026]);

describe('slotsForWindow', () => {
  it('uses the center-wide default, in time order, with the end computed', () => {
    expect(slotsForWindow(defaults, 'W1')).toEqual([
      { slotStart: '09:00', slotEnd: '09:30', capacity: 2 },
      { slotStart: '09:30', slotEnd: '10:00', capacity: 2 },
      { slotStart: '13:30', slotEnd: '14:00', capacity: 2 },
    ]);
  });

  it("replaces the default entirely with a window's own templates", () => {
    const own: SlotTemplate = { windowId: 'W2', slotStart: '10:00', minutes: 45, capacity: 5 };
    expect(slotsForWindow([...defaults, own], 'W2')).toEqual([{ slotStart: '10:00', slotEnd: '10:45', capacity: 5 }]);
    expect(slotsForWindow([...defaults, own], 'W1')).toHaveLength(3);
  });
});

describe('times', () => {
  it('converts between HH:MM and minutes', () => {
    expect(minuteOfDay('13:30')).toBe(810);
    expect(hhmm(810)).toBe('13:30');
    expect(hhmm(9 * 60 + 5)).toBe('09:05');
  });

  it('places a Shanghai wall-clock time on the right instant', () => {
    expect(shanghaiInstant('2026-11-20', '09:30').toISOString()).toBe('2026-11-20T01:30:00.000Z');
    // 07:30 in Shanghai is still the previous day in UTC.
    expect(shanghaiInstant('2026-11-20', '07:30').toISOString()).toBe('2026-11-19T23:30:00.000Z');
  });

  it('says a slot has started from its start minute in Shanghai', () => {
    const now = new Date('2026-11-20T01:30:00Z'); // 09:30 Shanghai
    expect(slotHasStarted('2026-11-20', '09:00', '2026-11-20', now)).toBe(true);
    expect(slotHasStarted('2026-11-20', '09:30', '2026-11-20', now)).toBe(true);
    expect(slotHasStarted('2026-11-20', '10:00', '2026-11-20', now)).toBe(false);
    expect(slotHasStarted('2026-11-19', '16:00', '2026-11-20', now)).toBe(true);
    expect(slotHasStarted('2026-11-23', '09:00', '2026-11-20', now)).toBe(false);
  });

  it('finds the next five-minute boundary strictly after now', () => {
    expect(nextBoundary(new Date('2026-11-20T01:31:10Z'), 300_000).toISOString()).toBe('2026-11-20T01:35:00.000Z');
    expect(nextBoundary(new Date('2026-11-20T01:30:00Z'), 300_000).toISOString()).toBe('2026-11-20T01:35:00.000Z');
  });
});

describe('workingDaysFrom', () => {
  it('skips weekends and holidays', () => {
    // 2026-10-01 opens the National Day holiday, so the first working day comes after it.
    const { days } = workingDaysFrom(cal, '2026-11-20', 3);
    expect(days).toEqual(['2026-11-20', '2026-11-23', '2026-11-24']);
    expect(workingDaysFrom(cal, '2026-10-01', 1).days[0]! > '2026-10-07').toBe(true);
  });

  it('stops at the end of the published calendar and says where', () => {
    const r = workingDaysFrom(cal, '2026-12-29', 5);
    expect(r.days).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(r.notPublishedFrom).toBe('2027-01-01');
  });

  it('refuses a start no notice covers', () => {
    expect(() => workingDaysFrom(cal, '2027-01-04', 1)).toThrow(expect.objectContaining({ code: 'calendar.not_published' }));
  });
});
