import { describe, expect, it } from 'vitest';
import { accountStatusOf, depositRun, installmentsDue, sealedOnFrom } from './account-facts';
import { maskMobile } from './mask-mobile';

const paid = (...months: string[]) => months.map((month) => ({ month, employeeFen: 100, unitFen: 100 }));

describe('account facts', () => {
  it('maps the status code list, unknown codes to frozen', () => {
    expect(['01', '02', '03', '04', '05', '06', '99'].map(accountStatusOf)).toEqual([
      'normal', 'sealed', 'closed_merged', 'closed_transferred', 'closed_withdrawn', 'frozen', 'frozen',
    ]);
  });

  it('counts the run of paid months back from this month', () => {
    expect(depositRun(paid('2026-09-01', '2026-10-01', '2026-11-01'), '2026-11-20')).toEqual({ months: 3, lastMonth: '2026-11-01', current: true });
  });

  it('still counts a run ending last month (this month not due yet), across a year end', () => {
    expect(depositRun(paid('2025-11-01', '2025-12-01'), '2026-01-03')).toEqual({ months: 2, lastMonth: '2025-12-01', current: true });
  });

  it('a gap breaks the run; an old run is not current', () => {
    expect(depositRun(paid('2026-07-01', '2026-09-01', '2026-10-01'), '2026-11-20').months).toBe(2);
    expect(depositRun(paid('2026-01-01', '2026-02-01'), '2026-11-20')).toEqual({ months: 0, lastMonth: '2026-02-01', current: false });
    expect(depositRun([], '2026-11-20')).toEqual({ months: 0, current: false });
  });

  it('a month with one part unpaid does not count', () => {
    expect(depositRun([...paid('2026-10-01'), { month: '2026-11-01', employeeFen: 100, unitFen: 0 }], '2026-11-20').months).toBe(1);
  });

  it('ignores months after today', () => {
    expect(depositRun(paid('2026-11-01', '2026-12-01'), '2026-11-20').lastMonth).toBe('2026-11-01');
  });

  it('sealed from the month after the last deposit', () => {
    expect(sealedOnFrom('2023-05-01')).toBe('2023-06-01');
    expect(sealedOnFrom(undefined)).toBeUndefined();
  });

  it('counts instalments as whole months since disbursement, at most the term', () => {
    expect(installmentsDue('2024-06-18', 240, '2026-11-20')).toBe(29);
    expect(installmentsDue('2024-06-18', 240, '2024-07-17')).toBe(0);
    expect(installmentsDue('2001-01-31', 12, '2026-11-20')).toBe(12);
  });

  it('masks a mobile number', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('12345')).toBe('*****');
  });
});
