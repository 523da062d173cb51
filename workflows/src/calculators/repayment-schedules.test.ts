import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../policy/units';
import { annuityPresentValue, equalInstallmentPayment, equalInstallmentSchedule } from './equal-installment';
import { equalPrincipalSchedule } from './equal-principal';
import type { Schedule } from './schedule.types';

/** 4,003.40 yuan → 400340 fen, written like the domain tables. */
const y = (s: string) => Math.round(Number(s.replaceAll(',', '')) * 100);

describe('equal installment (domain §10.1, §10.3)', () => {
  it.each([
    // P, n, rate ppm, M, quoted total interest, month-1 interest, month-1 principal
    [1_000_000, 360, 26_000, '4,003.40', '441,222.96', '2,166.67', '1,836.73'],
    [1_200_000, 360, 26_000, '4,804.08', '529,467.55', '2,600.00', '2,204.08'],
    [500_000, 60, 21_000, '8,785.77', '27,146.26', '875.00', '7,910.77'],
    [800_000, 300, 30_750, '3,824.97', '347,491.38', '2,050.00', '1,774.97'],
  ] as const)('%i yuan / %i months / %i ppm', (p, n, rate, m, total, i1, p1) => {
    const s = equalInstallmentSchedule({ principalFen: yuan(p), months: n, annualRatePpm: rate });
    expect(s.paymentFen).toBe(y(m));
    expect(s.quotedTotalInterestFen).toBe(y(total));
    expect(s.rows[0]?.interestFen).toBe(y(i1));
    expect(s.rows[0]?.principalFen).toBe(y(p1));
    expect(s.rows).toHaveLength(n);
    expect(s.rows.at(-1)?.balanceFen).toBe(0);
    // The borrower's actual total differs from the quoted one only by monthly rounding.
    expect(Math.abs(s.totalInterestFen - s.quotedTotalInterestFen)).toBeLessThan(n);
  });

  it('reproduces the published rate-cut comparisons (A1, A2, A3)', () => {
    const m = (p: number, rate: number) => equalInstallmentPayment(yuan(p), 360, rate);
    const total = (p: number, rate: number) => equalInstallmentSchedule({ principalFen: yuan(p), months: 360, annualRatePpm: rate }).quotedTotalInterestFen;
    expect(m(1_000_000, 28_500)).toBe(y('4,135.57'));
    expect(total(1_000_000, 28_500)).toBe(y('488,806.58'));
    expect(total(1_000_000, 28_500) - total(1_000_000, 26_000)).toBe(y('47,583.62'));
    expect(m(1_000_000, 31_000)).toBe(y('4,270.16'));
    expect(m(1_000_000, 31_000) - m(1_000_000, 28_500)).toBe(y('134.59'));
    expect(total(1_200_000, 28_500) - total(1_200_000, 26_000)).toBe(y('57,100.35'));
    expect(total(1_200_000, 33_250) - total(1_200_000, 30_750)).toBe(y('59,069.40'));
  });

  it('handles a zero rate and inverts the annuity', () => {
    const s = equalInstallmentSchedule({ principalFen: 1_000, months: 3, annualRatePpm: 0 });
    expect(s.rows.map((r) => r.paymentFen)).toEqual([333, 333, 334]);
    expect(s.quotedTotalInterestFen).toBe(0);
    const pv = annuityPresentValue(y('4,003.40'), 360, 26_000);
    expect(Math.abs(pv - yuan(1_000_000))).toBeLessThan(100);
  });
});

describe('equal principal (domain §10.3)', () => {
  it.each([
    // P, n, rate, first, decrease, last, quoted total interest
    [1_000_000, 360, 26_000, '4,944.44', '6.02', '2,783.80', '391,083.33'],
    [1_200_000, 360, 26_000, '5,933.33', '7.22', '3,340.56', '469,300.00'],
    [500_000, 60, 21_000, '9,208.33', '14.58', '8,347.92', '26,687.50'],
    [800_000, 300, 30_750, '4,716.67', '6.83', '2,673.50', '308,525.00'],
  ] as const)('%i yuan / %i months / %i ppm', (p, n, rate, first, dec, last, total) => {
    const s = equalPrincipalSchedule({ principalFen: yuan(p), months: n, annualRatePpm: rate });
    expect(s.firstPaymentFen).toBe(y(first));
    expect(s.monthlyDecreaseFen).toBe(y(dec));
    expect(s.rows.at(-1)?.paymentFen).toBe(y(last));
    expect(s.quotedTotalInterestFen).toBe(y(total));
    expect(s.rows.at(-1)?.balanceFen).toBe(0);
    expect(Math.abs(s.totalInterestFen - s.quotedTotalInterestFen)).toBeLessThan(n);
  });
});

/** Plain checks (not `expect` per row) keep 1000 runs × 360 rows fast. */
function scheduleProblems(s: Schedule): string[] {
  const problems: string[] = [];
  let balance = s.principalFen;
  let interest = 0;
  for (const row of s.rows) {
    if (row.balanceFen < 0 || row.interestFen < 0 || row.principalFen < 0) problems.push(`negative in row ${row.period}`);
    if (row.paymentFen !== row.principalFen + row.interestFen) problems.push(`payment ≠ principal + interest in row ${row.period}`);
    balance -= row.principalFen;
    interest += row.interestFen;
    if (row.balanceFen !== balance) problems.push(`balance drift in row ${row.period}`);
  }
  if (balance !== 0) problems.push(`principal sums to ${s.principalFen - balance}, not ${s.principalFen}`);
  if ((s.rows.at(-1)?.balanceFen ?? 0) !== 0) problems.push('balance does not end at 0');
  if (interest !== s.totalInterestFen) problems.push('total interest ≠ Σ interest');
  return problems;
}

describe('schedule properties', () => {
  const loan = fc.record({
    principalFen: fc.integer({ min: 1, max: yuan(5_000_000) }),
    months: fc.integer({ min: 1, max: 360 }),
    annualRatePpm: fc.integer({ min: 0, max: 80_000 }),
  });

  it('equal installment: principal sums to the loan, balance never negative, ends at 0', () => {
    fc.assert(fc.property(loan, (l) => {
        expect(scheduleProblems(equalInstallmentSchedule(l))).toEqual([]);
      }), { numRuns: 1000 });
  });

  it('equal principal: principal sums to the loan, balance never negative, ends at 0', () => {
    fc.assert(fc.property(loan, (l) => {
        expect(scheduleProblems(equalPrincipalSchedule(l))).toEqual([]);
      }), { numRuns: 1000 });
  });
});
