import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from './application-view';
import { bookingOf, firstSignDate, signDateProblem } from './contract-booking';

describe('contract signing day', () => {
  it('offers the next working day, past a weekend', () => {
    // 2026-11-20 is a Friday.
    expect(firstSignDate('2026-11-20')).toBe('2026-11-23');
  });

  it('refuses today, a weekend and a public holiday, and leaves an unknown year to the server', () => {
    expect(signDateProblem('', '2026-11-20')).toBe('required');
    expect(signDateProblem('2026-11-20', '2026-11-20')).toBe('not_after_today');
    expect(signDateProblem('2026-11-21', '2026-11-20')).toBe('not_working_day');
    expect(signDateProblem('2026-10-01', '2026-09-20')).toBe('not_working_day');
    expect(signDateProblem('2026-11-23', '2026-11-20')).toBeNull();
    expect(signDateProblem('2031-03-03', '2026-11-20')).toBeNull();
  });
});

describe('the booking in the history', () => {
  const detail = (history: { action: string; at: string; data: unknown }[]) => ({ history }) as unknown as ApplicationDetail;

  it('reads the latest book_contract event', () => {
    const booking = bookingOf(
      detail([
        { action: 'application.issue_approval_letter', at: '2026-11-20T02:00:00.000Z', data: { reasons: [] } },
        { action: 'application.book_contract', at: '2026-11-20T03:00:00.000Z', data: { reasons: ['icbc-daoli@2026-11-23'] } },
      ]),
    );
    expect(booking).toEqual({ windowId: 'icbc-daoli', signOn: '2026-11-23', bookedAt: '2026-11-20T03:00:00.000Z' });
  });

  it('is null before the booking', () => {
    expect(bookingOf(detail([{ action: 'application.approve', at: '2026-11-20T02:00:00.000Z', data: { reasons: [] } }]))).toBeNull();
  });
});
