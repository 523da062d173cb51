import { describe, expect, it } from 'vitest';
import { BUSINESS_TYPE_CODES, type BusinessTypeCode } from '../catalogue/business-type-codes';
import { harbinPolicy } from '../policy/index';
import { yuan } from '../policy/units';
import type { ApplicantFacts, ApplicationForm } from './applicant-facts';
import { evaluateEligibility } from './eligibility';
import { MESSAGES, formatMessage } from './messages';

const today = '2026-11-23';

const base: ApplicantFacts = {
  birthDate: '1990-05-15',
  sex: 'male',
  account: { status: 'normal', balanceFen: yuan(50_000) },
  deposits: { consecutiveMonthsPaid: 36, contributing: true },
  withdrawals: [],
  loans: { providentOutstanding: false, providentPastCount: 0, activeRepaymentAgreement: false },
  household: { married: false, homesInCity: 0, hukouInCity: true, hukouCancelledForAbroad: false, foreignNational: false },
  employment: { retired: false, contributesElsewhere: false },
  credit: { seriousBadRecord: false },
};

type Patch = { facts?: Partial<{ [K in keyof ApplicantFacts]: Partial<ApplicantFacts[K]> }>; form?: Partial<ApplicationForm> };

function facts(p: Patch['facts'] = {}): ApplicantFacts {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(p)) {
    const cur = (base as unknown as Record<string, unknown>)[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && typeof cur === 'object' ? { ...cur, ...v } : v;
  }
  return out as unknown as ApplicantFacts;
}

function evaluate(code: BusinessTypeCode, p: Patch) {
  return evaluateEligibility({ businessType: code, facts: facts(p.facts), form: { requestedAmountFen: 0, ...p.form }, policy: harbinPolicy, today });
}

const owner = { household: { homesInCity: 1 } };
const ownLoan = { loans: { ownLoan: { balanceFen: yuan(300_000), installmentsPaid: 12 } } };
const commercial = { loans: { commercialLoan: { balanceFen: yuan(400_000), repaidLast12MonthsFen: yuan(36_000), performing: true } } };
const loanForm = { requestedAmountFen: yuan(500_000), loan: { termMonths: 360, housePriceFen: yuan(1_500_000), home: 'first' as const, borrowers: 'single' as const, monthlyIncomeFen: yuan(20_000) } };

/** For each business type: a case that passes, and a refusal with the code it must produce. */
const CASES: Record<BusinessTypeCode, { ok: Patch; refused: Patch; code: string }> = {
  'withdrawal.rent': { ok: { form: { requestedAmountFen: yuan(12_000), rentFen: yuan(15_000) } }, refused: { facts: owner, form: { requestedAmountFen: yuan(12_000), rentFen: yuan(15_000) } }, code: 'withdrawal.owns_home_in_city' },
  'withdrawal.serious_illness': {
    ok: { form: { requestedAmountFen: yuan(20_000), selfPaidMedicalFen: yuan(30_000), eventDate: '2026-06-01' } },
    refused: { form: { requestedAmountFen: yuan(20_000), selfPaidMedicalFen: yuan(30_000), eventDate: '2025-10-01' } },
    code: 'withdrawal.deadline_passed',
  },
  'withdrawal.retirement': {
    ok: { facts: { birthDate: '1962-03-01', employment: { retired: true } }, form: { requestedAmountFen: yuan(50_000) } },
    refused: { form: { requestedAmountFen: yuan(50_000) } },
    code: 'withdrawal.not_retired',
  },
  'withdrawal.settle_abroad': {
    ok: { facts: { household: { hukouCancelledForAbroad: true } }, form: { requestedAmountFen: yuan(50_000) } },
    refused: { facts: { household: { hukouCancelledForAbroad: true }, loans: { providentOutstanding: true } }, form: { requestedAmountFen: yuan(50_000) } },
    code: 'withdrawal.loan_outstanding',
  },
  'withdrawal.leave_city': {
    ok: { facts: { account: { status: 'sealed', sealedOn: '2026-01-10' }, household: { hukouInCity: false } }, form: { requestedAmountFen: yuan(50_000) } },
    refused: { facts: { account: { status: 'sealed', sealedOn: '2026-01-10' }, household: { hukouInCity: false }, employment: { contributesElsewhere: true } }, form: { requestedAmountFen: yuan(50_000) } },
    code: 'withdrawal.contributes_elsewhere',
  },
  'withdrawal.purchase_full': {
    ok: { facts: owner, form: { requestedAmountFen: yuan(50_000), paidFen: yuan(500_000), eventDate: '2026-05-01' } },
    refused: { facts: owner, form: { requestedAmountFen: yuan(60_000), paidFen: yuan(500_000), eventDate: '2026-05-01' } },
    code: 'withdrawal.amount_exceeds_balance',
  },
  'withdrawal.purchase_with_loan': {
    ok: { facts: owner, form: { requestedAmountFen: yuan(50_000), paidFen: yuan(300_000), eventDate: '2026-05-01' } },
    refused: { form: { requestedAmountFen: yuan(50_000), paidFen: yuan(300_000), eventDate: '2026-05-01' } },
    code: 'withdrawal.home_not_owned',
  },
  'withdrawal.post_loan_agreement': { ok: { facts: ownLoan, form: { requestedAmountFen: yuan(50_000) } }, refused: { facts: { ...ownLoan, account: { status: 'frozen' } }, form: { requestedAmountFen: yuan(50_000) } }, code: 'account.frozen' },
  'withdrawal.repay_own_loan': {
    ok: { facts: ownLoan, form: { requestedAmountFen: yuan(30_000) } },
    refused: { facts: { loans: { ownLoan: { balanceFen: yuan(300_000), installmentsPaid: 0 } } }, form: { requestedAmountFen: yuan(30_000) } },
    code: 'withdrawal.no_installment_paid',
  },
  'withdrawal.repay_commercial_loan': {
    ok: { facts: commercial, form: { requestedAmountFen: yuan(30_000) } },
    refused: { facts: { ...commercial, withdrawals: [{ businessType: 'withdrawal.repay_commercial_loan', on: '2026-03-01', amountFen: yuan(30_000) }] }, form: { requestedAmountFen: yuan(30_000) } },
    code: 'withdrawal.interval_not_reached',
  },
  'withdrawal.expropriation': {
    ok: { form: { requestedAmountFen: yuan(40_000), paidFen: yuan(100_000), eventDate: '2026-08-01' } },
    refused: { form: { requestedAmountFen: yuan(40_000), paidFen: yuan(30_000), eventDate: '2026-08-01' } },
    code: 'withdrawal.amount_exceeds_cap',
  },
  'withdrawal.death': { ok: { facts: { holderDeceased: true }, form: { requestedAmountFen: yuan(50_000) } }, refused: { form: { requestedAmountFen: yuan(50_000) } }, code: 'withdrawal.holder_not_deceased' },
  'withdrawal.renovation': {
    ok: { facts: owner, form: { requestedAmountFen: yuan(40_000), invoiceFen: yuan(100_000) } },
    refused: { facts: owner, form: { requestedAmountFen: yuan(45_000), invoiceFen: yuan(80_000) } },
    code: 'withdrawal.amount_exceeds_cap',
  },
  'withdrawal.property_fee': {
    ok: { facts: owner, form: { requestedAmountFen: yuan(3_000), paidFen: yuan(3_000) } },
    refused: { facts: { ...owner, withdrawals: [{ businessType: 'withdrawal.property_fee', on: '2026-02-01', amountFen: yuan(2_000) }] }, form: { requestedAmountFen: yuan(3_000), paidFen: yuan(3_000) } },
    code: 'withdrawal.interval_not_reached',
  },
  'loan.purchase': { ok: { form: loanForm }, refused: { facts: { deposits: { consecutiveMonthsPaid: 3 } }, form: loanForm }, code: 'loan.deposit_months_insufficient' },
  'loan.commercial_conversion': { ok: { facts: commercial, form: loanForm }, refused: { form: loanForm }, code: 'withdrawal.no_commercial_loan' },
  'loan.prepay_partial_own': { ok: { facts: ownLoan, form: { requestedAmountFen: yuan(50_000) } }, refused: { facts: ownLoan, form: { requestedAmountFen: yuan(5_000) } }, code: 'loan.prepayment_below_minimum' },
  'loan.settle_own': { ok: { facts: ownLoan, form: { requestedAmountFen: yuan(300_000) } }, refused: { form: { requestedAmountFen: yuan(300_000) } }, code: 'loan.no_own_loan' },
  'loan.prepay_partial_fund': { ok: { facts: ownLoan, form: { requestedAmountFen: yuan(30_000) } }, refused: { facts: ownLoan, form: { requestedAmountFen: yuan(60_000) } }, code: 'loan.fund_balance_insufficient' },
  'loan.settle_fund': {
    ok: { facts: { loans: { ownLoan: { balanceFen: yuan(40_000), installmentsPaid: 30 } } }, form: { requestedAmountFen: yuan(40_000) } },
    refused: { facts: ownLoan, form: { requestedAmountFen: yuan(300_000) } },
    code: 'loan.fund_balance_insufficient',
  },
  'employer.open_account': { ok: {}, refused: { facts: { employer: { status: 'normal' } } }, code: 'employer.status_none_required' },
  'employer.base_adjustment': {
    ok: { facts: { employer: { status: 'normal' } }, form: { contributionBaseFen: yuan(10_000) } },
    refused: { facts: { employer: { status: 'normal' } }, form: { contributionBaseFen: yuan(50_000) } },
    code: 'employer.base_above_cap',
  },
  'employer.seal': { ok: { facts: { employer: { status: 'normal' } } }, refused: { facts: { employer: { status: 'sealed' } } }, code: 'employer.status_normal_required' },
  'employer.unseal': { ok: { facts: { employer: { status: 'sealed' } } }, refused: { facts: { employer: { status: 'normal' } } }, code: 'employer.status_sealed_required' },
  'employer.transfer_employees': { ok: { facts: { employer: { status: 'normal' } } }, refused: { facts: { employer: { status: 'closed' } } }, code: 'employer.status_normal_required' },
  'employee.transfer_in': {
    ok: { facts: { transferIn: { accountHere: true, previousAccountOpen: true } } },
    refused: { facts: { transferIn: { accountHere: true, previousAccountOpen: false } } },
    code: 'employee.previous_account_closed',
  },
};

describe('evaluateEligibility per business type', () => {
  it('covers every business type', () => {
    expect(Object.keys(CASES).sort()).toEqual([...BUSINESS_TYPE_CODES].sort());
  });

  describe.each(BUSINESS_TYPE_CODES.map((c) => [c, CASES[c]] as const))('%s', (code, c) => {
    it('passes the happy path', () => {
      const r = evaluate(code, c.ok);
      expect(r.failures).toEqual([]);
      expect(r.eligible).toBe(true);
    });
    it(`refuses with ${c.code}`, () => {
      const r = evaluate(code, c.refused);
      expect(r.eligible).toBe(false);
      expect(r.failures.map((f) => f.code)).toContain(c.code);
      for (const f of r.failures) expect(MESSAGES[f.code], f.code).toBeDefined();
    });
  });
});

describe('evaluateEligibility details', () => {
  it('returns every failed rule at once, with compared values', () => {
    const r = evaluate('withdrawal.rent', {
      facts: { household: { homesInCity: 1 }, deposits: { consecutiveMonthsPaid: 1 }, loans: { providentOutstanding: true } },
      form: { requestedAmountFen: yuan(60_000), rentFen: yuan(70_000) },
    });
    expect(r.failures.map((f) => f.code)).toEqual([
      'withdrawal.amount_exceeds_balance',
      'withdrawal.loan_outstanding',
      'withdrawal.deposit_months_insufficient',
      'withdrawal.owns_home_in_city',
      'withdrawal.amount_exceeds_cap',
    ]);
    expect(r.failures[0]).toMatchObject({ rule: 'withdrawal.amount_within_balance', actual: yuan(60_000), limit: yuan(50_000) });
    expect(r.failures[2]).toMatchObject({ actual: 1, limit: 3 });
    // Harbin: 18,000 yuan per household per year.
    expect(r.failures[4]).toMatchObject({ limit: yuan(18_000), params: { cap: 'rent_cap' } });
    expect(r.availableOn).toBeUndefined();
  });

  it('caps rent at the policy cap, the county cap, or the actual rent of public housing', () => {
    expect(evaluate('withdrawal.rent', { form: { rentFen: yuan(30_000) } }).maxAmountFen).toBe(yuan(18_000));
    expect(evaluate('withdrawal.rent', { form: { rentFen: yuan(30_000), area: 'county' } }).maxAmountFen).toBe(yuan(12_000));
    expect(evaluate('withdrawal.rent', { form: { rentFen: yuan(30_000), publicRental: true } }).maxAmountFen).toBe(yuan(30_000));
    expect(evaluate('withdrawal.rent', { form: { rentFen: yuan(9_000) } }).maxAmountFen).toBe(yuan(9_000));
  });

  it('says when waiting cures every failure (Harbin rent: once per calendar year)', () => {
    const r = evaluate('withdrawal.rent', {
      facts: { withdrawals: [{ businessType: 'withdrawal.rent', on: '2026-03-02', amountFen: yuan(10_000) }] },
      form: { requestedAmountFen: yuan(5_000), rentFen: yuan(15_000) },
    });
    expect(r.failures.map((f) => [f.code, f.availableOn])).toEqual([['withdrawal.interval_not_reached', '2027-01-01']]);
    expect(r.availableOn).toBe('2027-01-01');
    expect(formatMessage(r.failures[0]!.code, r.failures[0]!.params, 'en')).toBe(
      'The interval since the last withdrawal (2026-03-02) has not passed; you may withdraw again from 2027-01-01.',
    );
  });

  it('bounds a loan by the quota and names the binding cap', () => {
    const r = evaluate('loan.purchase', { form: { ...loanForm, requestedAmountFen: yuan(900_000) } });
    expect(r.maxAmountFen).toBe(yuan(800_000));
    expect(r.failures).toEqual([expect.objectContaining({ code: 'loan.amount_exceeds_quota', limit: yuan(800_000), params: expect.objectContaining({ binding: 'city_cap' }) })]);
  });

  it('refuses a term that runs past the age limit, and an applicant with bad credit and a live loan', () => {
    const r = evaluate('loan.purchase', {
      facts: { birthDate: '1975-01-01', credit: { seriousBadRecord: true }, loans: { providentOutstanding: true } },
      form: loanForm,
    });
    expect(r.failures.map((f) => f.code)).toEqual(['loan.loan_outstanding', 'loan.term_too_long', 'loan.bad_credit']);
  });

  it('formats money params as yuan in both languages', () => {
    const params = { actual: 6_000_000, limit: 5_000_000 };
    expect(formatMessage('withdrawal.amount_exceeds_balance', params, 'zh')).toBe('申请金额 60000.00 元超过账户余额 50000.00 元。');
    expect(formatMessage('withdrawal.amount_exceeds_balance', params, 'en')).toContain('60000.00 yuan');
    expect(formatMessage('no.such_code', {}, 'en')).toBe('no.such_code');
  });

  it('has both languages for every message', () => {
    for (const [code, m] of Object.entries(MESSAGES)) {
      expect(m.zh, code).not.toBe('');
      expect(m.en, code).not.toBe('');
    }
  });
});
