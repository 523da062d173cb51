import { describe, expect, it } from 'vitest';
import { harbinPolicy } from '../policy/harbin-policy';
import { yuan } from '../policy/units';
import { loanOffer, type LoanRequest } from './loan-offer';

const sampleLoanRequest: LoanRequest = {
  acceptedOn: '2026-03-02',
  home: 'first',
  borrowers: 'couple',
  birthDate: '1995-05-10',
  sex: 'female',
  balanceFen: yuan(48_000),
  monthlyIncomeFen: yuan(16_000),
  existingMonthlyDebtFen: 0,
  priceFen: yuan(1_500_000),
  requestedFen: yuan(1_000_000),
  requestedTermMonths: 360,
  method: 'equal_installment',
};

describe('loan offer', () => {
  it('computes term, rate, quota and the 360-month schedule in force on the acceptance date', () => {
    const offer = loanOffer(harbinPolicy, sampleLoanRequest);
    expect(offer.termMonths).toBe(360);
    expect(offer.annualRatePpm).toBe(26_000);
    expect(offer.quota).toMatchObject({ amountFen: yuan(1_000_000), binding: 'city_cap' });
    expect(offer.amountFen).toBe(yuan(1_000_000));
    expect(offer.needsExtraApproval).toBe(true);
    expect(offer.schedule?.rows).toHaveLength(360);
    expect(offer.schedule?.rows[0]?.paymentFen).toBe(400_340);
  });

  it('keeps the rate in force at acceptance and the ≤ 5-year tier for short terms', () => {
    const before = loanOffer(harbinPolicy, { ...sampleLoanRequest, acceptedOn: '2025-05-07' });
    expect(before.annualRatePpm).toBe(28_500);
    const short = loanOffer(harbinPolicy, { ...sampleLoanRequest, requestedTermMonths: 60, method: 'equal_principal' });
    expect(short.annualRatePpm).toBe(21_000);
    expect(short.schedule?.method).toBe('equal_principal');
  });

  it('offers nothing past the age limit', () => {
    const offer = loanOffer(harbinPolicy, { ...sampleLoanRequest, birthDate: '1960-01-01' });
    expect(offer).toMatchObject({ termMonths: 0, amountFen: 0, schedule: null });
  });
});
