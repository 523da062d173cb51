import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { harbinPolicy } from './harbin-policy';
import { loanCapAt, loanRateAt, needsExtraApproval, slaWorkingDaysAt } from './policy-accessors';
import { entryAt, policyAt, policySnapshot, validatePolicySet, withPolicyValue } from './policy-set';
import { yuan } from './units';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return undefined;
}

describe('policyAt', () => {
  it('returns the loan rates in force on each side of the 2025-05-08 cut (domain §4.4)', () => {
    expect(loanRateAt(harbinPolicy, '2025-05-07', 'first', 360)).toBe(28_500);
    expect(loanRateAt(harbinPolicy, '2025-05-08', 'first', 360)).toBe(26_000);
    expect(loanRateAt(harbinPolicy, '2025-05-08', 'first', 60)).toBe(21_000);
    expect(loanRateAt(harbinPolicy, '2025-05-08', 'second', 61)).toBe(30_750);
    expect(loanRateAt(harbinPolicy, '2025-05-08', 'second', 12)).toBe(25_250);
    expect(loanRateAt(harbinPolicy, '2022-09-30', 'first', 360)).toBe(32_500);
  });

  it('switches the loan SLA from 15 to 10 working days on 2026-09-20 (domain §1.2, §7.1)', () => {
    expect(slaWorkingDaysAt(harbinPolicy, '2026-09-19', 'loan')).toBe(15);
    expect(slaWorkingDaysAt(harbinPolicy, '2026-09-20', 'loan')).toBe(10);
    expect(slaWorkingDaysAt(harbinPolicy, '2026-09-20', 'rent_withdrawal', 'withdrawal')).toBe(3);
    expect(codeOf(() => slaWorkingDaysAt(harbinPolicy, '2026-09-20', 'rent_withdrawal'))).toBe('policy.sla_not_configured');
  });

  it('refuses dates before the first entry instead of guessing', () => {
    expect(codeOf(() => policyAt(harbinPolicy, 'balanceMultiple', '2024-12-31'))).toBe('policy.not_in_force');
    expect(codeOf(() => policyAt(harbinPolicy, 'balanceMultiple', '2025-02-30'))).toBe('policy.bad_date');
  });

  it('gives the source with the value and a full snapshot', () => {
    expect(entryAt(harbinPolicy, 'depositInterest', '2026-06-30').source).toMatch(/2016/);
    const snap = policySnapshot(harbinPolicy, '2026-07-01');
    expect(snap.contributionBase.capFen).toBe(yuan(28_430));
    expect(snap.rentWithdrawal.capFen).toBe(yuan(18_000));
    expect(snap.depositInterest).toEqual({ rate: 15_000, basis: 'ACT/360' });
  });

  it('applies cap uplifts and the extra-approval threshold', () => {
    expect(loanCapAt(harbinPolicy, '2026-01-05', 'first', 'single')).toBe(yuan(800_000));
    expect(loanCapAt(harbinPolicy, '2026-01-05', 'first', 'couple', ['multi_child'])).toBe(yuan(1_300_000));
    expect(codeOf(() => loanCapAt(harbinPolicy, '2026-01-05', 'first', 'couple', ['nope']))).toBe('policy.unknown_uplift');
    expect(needsExtraApproval(harbinPolicy, '2026-01-05', yuan(800_000))).toBe(false);
    expect(needsExtraApproval(harbinPolicy, '2026-01-05', yuan(800_001))).toBe(true);
  });
});

describe('withPolicyValue', () => {
  const today = '2026-11-22';

  it('adds a future value without changing what earlier dates read', () => {
    const next = withPolicyValue(harbinPolicy, 'balanceMultiple', { from: '2027-01-01', value: 30 }, today);
    expect(policyAt(next, 'balanceMultiple', '2026-12-31')).toBe(25);
    expect(policyAt(next, 'balanceMultiple', '2027-01-01')).toBe(30);
    expect(policyAt(harbinPolicy, 'balanceMultiple', '2027-01-01')).toBe(25);
    const replaced = withPolicyValue(next, 'balanceMultiple', { from: '2027-01-01', value: 28 }, today);
    expect(policyAt(replaced, 'balanceMultiple', '2027-06-01')).toBe(28);
    expect(replaced.params.balanceMultiple).toHaveLength(2);
  });

  it('accepts a value from today but refuses one dated in the past', () => {
    const next = withPolicyValue(harbinPolicy, 'balanceMultiple', { from: today, value: 30 }, today);
    expect(policyAt(next, 'balanceMultiple', today)).toBe(30);
    expect(codeOf(() => withPolicyValue(harbinPolicy, 'balanceMultiple', { from: '2026-11-21', value: 30 }, today))).toBe('policy.retroactive_change');
    expect(codeOf(() => withPolicyValue(next, 'balanceMultiple', { from: today, value: 31 }, today))).toBe('policy.retroactive_change');
  });

  it('validates loaded sets', () => {
    const bad = { ...harbinPolicy, params: { ...harbinPolicy.params, balanceMultiple: [{ from: '2026-01-01', value: 1 }, { from: '2025-01-01', value: 2 }] } };
    expect(codeOf(() => validatePolicySet(bad))).toBe('policy.unsorted_timeline');
    expect(codeOf(() => validatePolicySet({ ...harbinPolicy, params: { ...harbinPolicy.params, balanceMultiple: [] } }))).toBe('policy.empty_timeline');
  });
});
