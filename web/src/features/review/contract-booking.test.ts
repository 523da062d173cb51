import { describe, expect, it } from 'vitest';
import { firstSignDate, signDateProblem } from './contract-booking';

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
