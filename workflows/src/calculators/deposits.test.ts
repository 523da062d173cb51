import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { harbinPolicy } from '../policy/harbin-policy';
import { withPolicyValue } from '../policy/policy-set';
import { yuan } from '../policy/units';
import type { ContributionBase } from '../policy/policy.types';
import { annualInterestSettlement, depositInterest } from './deposit-interest';
import { monthlyDeposit } from './monthly-deposit';

const rates = { min: 50_000, max: 120_000 };
const shanghai2026: ContributionBase = { floorFen: yuan(2_740), capFen: yuan(37_731), rounding: 'fen' };

describe('monthly deposit (domain §5, §10.4)', () => {
  it('base 10,000 at 12 % / 12 % → 1,200 + 1,200', () => {
    expect(monthlyDeposit({ wageBaseFen: yuan(10_000), employeeRate: 120_000, unitRate: 120_000, base: shanghai2026, rates })).toEqual({
      baseFen: yuan(10_000), clampedTo: null, employeeFen: yuan(1_200), unitFen: yuan(1_200), totalFen: yuan(2_400), cappedByMonthlyLimit: false,
    });
  });

  it('clamps a 40,000 base to the Shanghai 2026 cap 37,731 first', () => {
    const d = monthlyDeposit({ wageBaseFen: yuan(40_000), employeeRate: 70_000, unitRate: 70_000, base: shanghai2026, rates });
    expect(d).toMatchObject({ baseFen: yuan(37_731), clampedTo: 'cap', employeeFen: 264_117, unitFen: 264_117 });
  });

  it('rounds to the yuan where the city does, and applies a monthly deposit cap', () => {
    expect(monthlyDeposit({ wageBaseFen: 333_333, employeeRate: 50_000, unitRate: 50_000, base: { ...shanghai2026, rounding: 'yuan' }, rates }).employeeFen).toBe(16_700);
    const harbin = { floorFen: yuan(2_270), capFen: yuan(28_430), monthlyDepositCapFen: yuan(6_500), rounding: 'fen' as const };
    expect(monthlyDeposit({ wageBaseFen: yuan(30_000), employeeRate: 120_000, unitRate: 120_000, base: harbin, rates })).toMatchObject({ totalFen: yuan(6_500), employeeFen: yuan(3_250), cappedByMonthlyLimit: true });
  });

  it('refuses rates outside 5–12 %', () => {
    const err = (() => {
      try {
        monthlyDeposit({ wageBaseFen: yuan(10_000), employeeRate: 40_000, unitRate: 120_000, base: shanghai2026, rates });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('deposit.rate_out_of_range');
  });

  it('property: the base used is always within floor and cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: yuan(1_000_000) }), fc.integer({ min: 50_000, max: 120_000 }), fc.integer({ min: 50_000, max: 120_000 }), (wage, e, u) => {
        const d = monthlyDeposit({ wageBaseFen: wage, employeeRate: e, unitRate: u, base: shanghai2026, rates });
        expect(d.baseFen).toBeGreaterThanOrEqual(shanghai2026.floorFen);
        expect(d.baseFen).toBeLessThanOrEqual(shanghai2026.capFen);
        expect(d.totalFen).toBe(d.employeeFen + d.unitFen);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deposit interest (domain §6, §10.4)', () => {
  it('100,000 for a full fund year: 1,520.83 on ACT/360, 1,500.00 on ACT/365', () => {
    const year = { fromDate: '2024-07-01', toDate: '2025-06-30', openingBalanceFen: yuan(100_000), movements: [], rate: 15_000 };
    expect(depositInterest({ ...year, basis: 'ACT/360' })).toMatchObject({ interestFen: 152_083, days: 365 });
    expect(depositInterest({ ...year, basis: 'ACT/365' }).interestFen).toBe(yuan(1_500));
  });

  it('a deposit earns from its own day; a withdrawal stops earning on its day', () => {
    // 10,000 deposited on 2025-06-21 earns for 10 days: 10,000 × 10 × 1.5 % / 360 = 4.17.
    const r = depositInterest({ fromDate: '2024-07-01', toDate: '2025-06-30', openingBalanceFen: 0, movements: [{ date: '2025-06-21', amountFen: yuan(10_000) }], rate: 15_000, basis: 'ACT/360' });
    expect(r.interestFen).toBe(417);
    const w = depositInterest({ fromDate: '2024-07-01', toDate: '2025-06-30', openingBalanceFen: yuan(10_000), movements: [{ date: '2024-07-11', amountFen: -yuan(10_000) }], rate: 15_000, basis: 'ACT/360' });
    expect(w.interestFen).toBe(417);
  });

  it('posts on June 30 with the policy rate and refuses a mid-year rate change', () => {
    const s = annualInterestSettlement(harbinPolicy, '2026-06-30', yuan(100_000), [{ date: '2026-01-15', amountFen: yuan(2_400) }]);
    // 100,000 × 365 + 2,400 × 167 days (Jan 15 – Jun 30) = 1,520.83 + 16.70
    expect(s.interestFen).toBe(152_083 + 1_670);
    expect(s.postedBalanceFen).toBe(yuan(102_400) + s.interestFen);
    const changed = withPolicyValue(harbinPolicy, 'depositInterest', { from: '2027-01-01', value: { rate: 12_000, basis: 'ACT/360' } }, '2026-11-22');
    expect(() => annualInterestSettlement(changed, '2027-06-30', yuan(1), [])).toThrow(DomainError);
    expect(() => annualInterestSettlement(harbinPolicy, '2026-06-29', yuan(1), [])).toThrow(DomainError);
  });
});
