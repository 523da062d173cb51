import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { chinaCalendar } from './china-calendar';
import { effectiveAcceptanceDate, slaDeadline, slaStatus, type SlaCase } from './sla-clock';
import { isWorkingDay, workingDaysBetween } from './working-calendar';

const hours = { closingHour: 17, closingMinute: 0 };
/** An instant at Asia/Shanghai local time. */
const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const withdrawal = (acceptedAt: Date, pauses?: SlaCase['pauses']): SlaCase => ({ acceptedAt, workingDays: 3, counterHours: hours, ...(pauses ? { pauses } : {}) });

describe('SLA deadline', () => {
  it('excludes the acceptance day', () => {
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-11-23', '10:00')))).toBe('2026-11-26'); // Mon → Thu
  });

  it('moves an after-hours or weekend acceptance to the next working day', () => {
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-11-23', '17:00')))).toBe('2026-11-27');
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-11-23', '16:59')))).toBe('2026-11-26');
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-11-20', '18:30')))).toBe('2026-11-26'); // Fri late → Mon → Thu
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-11-21', '10:00')))).toBe('2026-11-26'); // Sat → Mon → Thu
    // 23:30 in Shanghai is already the next day in UTC terms; the Shanghai date decides.
    expect(effectiveAcceptanceDate(chinaCalendar, new Date('2026-11-23T00:30:00Z'), hours)).toBe('2026-11-23');
    expect(effectiveAcceptanceDate(chinaCalendar, new Date('2026-11-22T16:30:00Z'), hours)).toBe('2026-11-23');
  });

  it('runs across the National Day holiday', () => {
    // Accepted Wed 2026-09-30: Oct 1–7 off, Thu 8, Fri 9, Sat 10 (make-up) → due Sat 10 Oct.
    expect(slaDeadline(chinaCalendar, withdrawal(sh('2026-09-30', '09:00')))).toBe('2026-10-10');
  });

  it('extends the deadline by the working days spent waiting for a supplement', () => {
    const accepted = sh('2026-11-23', '10:00');
    const c = withdrawal(accepted, [{ from: sh('2026-11-24', '11:00'), to: sh('2026-11-26', '09:00') }]);
    expect(slaDeadline(chinaCalendar, c)).toBe('2026-11-30'); // Thu + Wed, Thu → Mon
    const sameDay = withdrawal(accepted, [{ from: sh('2026-11-24', '11:00'), to: sh('2026-11-24', '15:00') }]);
    expect(slaDeadline(chinaCalendar, sameDay)).toBe('2026-11-26');
  });

  it('reports status', () => {
    const c = withdrawal(sh('2026-11-23', '10:00')); // due Thu 26
    expect(slaStatus(chinaCalendar, c, sh('2026-11-23', '12:00'))).toMatchObject({ status: 'on_track', workingDaysLeft: 3 });
    expect(slaStatus(chinaCalendar, c, sh('2026-11-25', '12:00'))).toMatchObject({ status: 'at_risk', workingDaysLeft: 1 });
    expect(slaStatus(chinaCalendar, c, sh('2026-11-26', '23:59'))).toMatchObject({ status: 'due_today', workingDaysLeft: 0 });
    expect(slaStatus(chinaCalendar, c, sh('2026-11-27', '00:01'))).toMatchObject({ status: 'breached', workingDaysLeft: -1 });
    const open = withdrawal(sh('2026-11-23', '10:00'), [{ from: sh('2026-11-24', '10:00') }]);
    expect(slaStatus(chinaCalendar, open, sh('2026-11-27', '10:00'))).toMatchObject({ status: 'paused', deadline: '2026-12-01', pausedWorkingDays: 3 });
  });

  it('property: the deadline is a working day exactly N working days after effective acceptance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 640 * 24 * 60 - 1 }),
        fc.integer({ min: 1, max: 20 }),
        (minute, n) => {
          const acceptedAt = new Date(Date.parse('2025-01-01T00:00:00+08:00') + minute * 60_000);
          const c: SlaCase = { acceptedAt, workingDays: n, counterHours: hours };
          const due = slaDeadline(chinaCalendar, c);
          expect(isWorkingDay(chinaCalendar, due)).toBe(true);
          const start = effectiveAcceptanceDate(chinaCalendar, acceptedAt, hours);
          expect(workingDaysBetween(chinaCalendar, start, due)).toBe(n);
          // Never earlier than N working days after the acceptance date itself.
          const acceptedDay = new Date(acceptedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(workingDaysBetween(chinaCalendar, acceptedDay, due)).toBeGreaterThanOrEqual(n);
          expect(workingDaysBetween(chinaCalendar, acceptedDay, addDays(due, -1))).toBeLessThanOrEqual(n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
