import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../policy/units';
import { equalInstallmentSchedule } from './equal-installment';
import { accruedInterest, partialPrepayment, settlementAmount } from './prepayment';

describe('prepayment (domain §4.6)', () => {
  // 1,000,000 / 360 / 2.60 % after 60 installments.
  const loan = equalInstallmentSchedule({ principalFen: yuan(1_000_000), months: 360, annualRatePpm: 26_000 });
  const after60 = loan.rows[59]?.balanceFen ?? 0;

  it('lower payment keeps the term', () => {
    const r = partialPrepayment({ method: 'equal_installment', balanceFen: after60, remainingMonths: 300, annualRatePpm: 26_000, currentPaymentFen: loan.paymentFen, prepayFen: yuan(100_000), option: 'lower_payment' });
    expect(r.newMonths).toBe(300);
    expect(r.newPaymentFen).toBeLessThan(loan.paymentFen);
    expect(r.before.totalInterestFen).toBe(loan.rows.slice(60).reduce((t, row) => t + row.interestFen, 0));
    expect(r.interestSavedFen).toBeGreaterThan(0);
  });

  it('shorten term keeps the payment and saves more interest', () => {
    const input = { method: 'equal_installment' as const, balanceFen: after60, remainingMonths: 300, annualRatePpm: 26_000, currentPaymentFen: loan.paymentFen, prepayFen: yuan(100_000) };
    const shorter = partialPrepayment({ ...input, option: 'shorten_term' });
    const lower = partialPrepayment({ ...input, option: 'lower_payment' });
    expect(shorter.newMonths).toBeLessThan(300);
    expect(shorter.newPaymentFen).toBe(loan.paymentFen);
    expect(shorter.after.rows.at(-1)?.paymentFen).toBeLessThanOrEqual(loan.paymentFen);
    expect(shorter.interestSavedFen).toBeGreaterThan(lower.interestSavedFen);
  });

  it('collects broken-period interest 30/360 and settles in full', () => {
    // 100,000 yuan × 2.60 % / 12 / 30 × 15 days = 108.33
    expect(accruedInterest(yuan(100_000), 26_000, 15)).toBe(10_833);
    expect(settlementAmount(yuan(100_000), 26_000, 15)).toEqual({ principalFen: yuan(100_000), interestFen: 10_833, totalFen: yuan(100_000) + 10_833 });
    expect(() => partialPrepayment({ method: 'equal_principal', balanceFen: 100, remainingMonths: 2, annualRatePpm: 26_000, prepayFen: 100, option: 'lower_payment' })).toThrow(RangeError);
  });

  it('equal principal: shorten keeps the monthly principal', () => {
    const r = partialPrepayment({ method: 'equal_principal', balanceFen: yuan(300_000), remainingMonths: 300, annualRatePpm: 26_000, prepayFen: yuan(100_000), option: 'shorten_term' });
    expect(r.newMonths).toBe(200);
    expect(r.after.rows[0]?.principalFen).toBe(yuan(1_000));
  });

  it('property: a prepayment never increases the interest still to pay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: yuan(20_000), max: yuan(3_000_000) }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 1_000, max: 80_000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('equal_installment' as const, 'equal_principal' as const),
        fc.constantFrom('shorten_term' as const, 'lower_payment' as const),
        (balanceFen, remainingMonths, annualRatePpm, permille, method, option) => {
          const prepayFen = Math.max(yuan(1_000), Math.floor((balanceFen * permille) / 1000));
          fc.pre(prepayFen < balanceFen);
          const r = partialPrepayment({ method, balanceFen, remainingMonths, annualRatePpm, prepayFen, option });
          expect(r.after.totalInterestFen).toBeLessThanOrEqual(r.before.totalInterestFen);
          expect(r.newMonths).toBeLessThanOrEqual(remainingMonths);
          expect(r.after.rows.at(-1)?.balanceFen).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
