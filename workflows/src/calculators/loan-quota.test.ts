import { describe, expect, it } from 'vitest';
import { harbinPolicy } from '../policy/harbin-policy';
import { yuan } from '../policy/units';
import { loanQuota, quotaLimitsAt, type LoanQuotaInput } from './loan-quota';
import { maxLoanTerm, maxLoanTermAt } from './loan-term';
import { conversionAmount } from './commercial-conversion';

const harbinSingle = quotaLimitsAt(harbinPolicy, '2026-03-02', 'first', 'single');
const base: LoanQuotaInput = {
  limits: harbinSingle,
  balanceFen: yuan(40_000),
  monthlyIncomeFen: yuan(20_000),
  existingMonthlyDebtFen: 0,
  priceFen: yuan(2_000_000),
  annualRatePpm: 26_000,
  termMonths: 360,
};

describe('loan quota (domain §4.2, §10.4)', () => {
  it('Harbin: 40,000 × 25 = 1,000,000 but the single cap 800,000 binds', () => {
    const q = loanQuota(base);
    expect(q.amountFen).toBe(yuan(800_000));
    expect(q.binding).toBe('city_cap');
    expect(q.candidates.find((c) => c.limit === 'balance')?.amountFen).toBe(yuan(1_000_000));
    expect(q.candidates.find((c) => c.limit === 'price')?.amountFen).toBe(yuan(1_600_000));
  });

  it('reports the balance, price and capacity limits when they bind', () => {
    expect(loanQuota({ ...base, balanceFen: yuan(20_000) })).toMatchObject({ amountFen: yuan(500_000), binding: 'balance' });
    expect(loanQuota({ ...base, priceFen: yuan(900_000), appraisalFen: yuan(700_000) })).toMatchObject({ amountFen: yuan(560_000), binding: 'price' });
    // 5,000 income × 50 % = 2,500 a month − 500 existing = 2,000; PV over 360 months at 2.60 %.
    const q = loanQuota({ ...base, monthlyIncomeFen: yuan(5_000), existingMonthlyDebtFen: yuan(500) });
    expect(q.binding).toBe('capacity');
    expect(q.maxMonthlyPaymentFen).toBe(yuan(2_000));
    expect(q.amountFen).toBe(yuan(499_575)); // 2,000 / 4,003.40 × 1,000,000 ≈ 499,575.36, floored to the yuan
  });

  it('applies a per-deposit-year cap where the city has one (Beijing style)', () => {
    const limits = { ...harbinSingle, perDepositYearCapFen: yuan(200_000) };
    expect(loanQuota({ ...base, limits, depositYears: 3 })).toMatchObject({ amountFen: yuan(600_000), binding: 'deposit_years' });
  });

  it('reads the couple cap and uplifts from policy', () => {
    const couple = quotaLimitsAt(harbinPolicy, '2026-03-02', 'first', 'couple', ['multi_child']);
    expect(couple.cityCapFen).toBe(yuan(1_300_000));
    expect(couple.downPayment).toBe(200_000);
  });
});

describe('loan term (domain §4.3)', () => {
  const applicant = { applicationDate: '2026-03-02', sex: 'male' as const, birthDate: '1990-05-10' };

  it('is 30 years for a young applicant', () => {
    expect(maxLoanTermAt(harbinPolicy, applicant)).toMatchObject({ maxTermMonths: 360, binding: 'max_term' });
  });

  it('is limited by age + term ≤ retirement + 5 (Harbin 68 men / 63 women)', () => {
    // Born 1975-05-10, male: limit 2043-05-10, from 2026-03-02 that is 206 whole months.
    expect(maxLoanTermAt(harbinPolicy, { ...applicant, birthDate: '1975-05-10' })).toMatchObject({ maxTermMonths: 206, binding: 'age' });
    expect(maxLoanTermAt(harbinPolicy, { ...applicant, birthDate: '1975-05-10', sex: 'female' })).toMatchObject({ maxTermMonths: 146, binding: 'age' });
    expect(maxLoanTermAt(harbinPolicy, { ...applicant, birthDate: '1950-01-01' }).maxTermMonths).toBe(0);
  });

  it('is limited by house age where the city rules it (Shanghai 50 − house age)', () => {
    const t = maxLoanTerm({ ...applicant, retirementAge: { male: 63, female: 58 }, yearsPastRetirement: 5, maxTermYears: 30, houseAgeYears: 25, houseAgePlusTermYears: 50 });
    expect(t).toMatchObject({ maxTermMonths: 300, binding: 'house_age' });
  });
});

describe('commercial-to-provident conversion (domain §4.7)', () => {
  it('converts up to the quota and leaves the rest commercial', () => {
    expect(conversionAmount({ commercialPrincipalFen: yuan(1_100_000), commercialRemainingMonths: 250, quotaFen: yuan(800_000), maxTermMonths: 360, unitFen: 100 })).toEqual({
      amountFen: yuan(800_000),
      binding: 'quota',
      termMonths: 250,
      termBinding: 'commercial_term',
      commercialRemainderFen: yuan(300_000),
    });
    expect(conversionAmount({ commercialPrincipalFen: 50_000_050, commercialRemainingMonths: 250, quotaFen: yuan(800_000), maxTermMonths: 200, unitFen: 100 })).toMatchObject({
      amountFen: yuan(500_000),
      binding: 'commercial_principal',
      termMonths: 200,
      termBinding: 'max_term',
      commercialRemainderFen: 50,
    });
  });
});
