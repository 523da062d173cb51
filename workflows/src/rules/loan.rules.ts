// Loan eligibility (domain.md §4.1) and post-loan checks. Quota and term come from the
// calculators so the figure a reviewer sees here is the one the trial calculation shows.
import type { EligibilityRuleId } from '../catalogue/catalogue.types';
import { loanQuota, quotaLimitsAt } from '../calculators/loan-quota';
import { maxLoanTermAt } from '../calculators/loan-term';
import { loanRateAt } from '../policy/policy-accessors';
import { policyAt } from '../policy/policy-set';
import { failure, type RuleFailure } from './rule-result';
import type { RuleContext } from './rule-context';
import type { RuleSet } from './rule-fn';
import { ageOn } from './withdrawal.rules';

type LoanRuleId = Extract<EligibilityRuleId, `loan.${string}`>;

/** The quota for the form's loan, or undefined when the form has no loan section. */
export function quotaFor(ctx: RuleContext) {
  const loan = ctx.form.loan;
  if (!loan) return undefined;
  return loanQuota({
    limits: quotaLimitsAt(ctx.policy, ctx.today, loan.home, loan.borrowers, loan.uplifts),
    balanceFen: ctx.facts.account.balanceFen,
    monthlyIncomeFen: loan.monthlyIncomeFen,
    existingMonthlyDebtFen: loan.existingMonthlyDebtFen ?? 0,
    priceFen: loan.housePriceFen,
    ...(loan.appraisalFen === undefined ? {} : { appraisalFen: loan.appraisalFen }),
    annualRatePpm: loanRateAt(ctx.policy, ctx.today, loan.home, loan.termMonths),
    termMonths: loan.termMonths,
    depositYears: Math.floor(ctx.facts.deposits.consecutiveMonthsPaid / 12),
  });
}

export const LOAN_RULES: RuleSet<LoanRuleId> = {
  'loan.deposit_months': ({ facts, policy, today }) => {
    const required = policyAt(policy, 'minDepositMonthsForLoan', today);
    return facts.deposits.consecutiveMonthsPaid < required
      ? [failure('loan.deposit_months', 'loan.deposit_months_insufficient', { actual: facts.deposits.consecutiveMonthsPaid, limit: required })]
      : [];
  },
  'loan.contributing': ({ facts }) =>
    facts.deposits.contributing && facts.account.status === 'normal' ? [] : [failure('loan.contributing', 'loan.not_contributing', { actual: facts.account.status })],
  'loan.no_outstanding_loan': ({ facts }) => (facts.loans.providentOutstanding ? [failure('loan.no_outstanding_loan', 'loan.loan_outstanding')] : []),
  'loan.past_loans': ({ facts, params }) =>
    facts.loans.providentPastCount >= params.maxPastProvidentLoans
      ? [failure('loan.past_loans', 'loan.too_many_past_loans', { actual: facts.loans.providentPastCount, limit: params.maxPastProvidentLoans - 1 })]
      : [],
  'loan.age_and_term': ageAndTerm,
  'loan.credit': ({ facts }) => (facts.credit.seriousBadRecord ? [failure('loan.credit', 'loan.bad_credit')] : []),
  'loan.amount_within_quota': (ctx) => {
    const quota = quotaFor(ctx);
    if (!quota) return [failure('loan.amount_within_quota', 'loan.details_missing')];
    return ctx.form.requestedAmountFen > quota.amountFen
      ? [failure('loan.amount_within_quota', 'loan.amount_exceeds_quota', { actual: ctx.form.requestedAmountFen, limit: quota.amountFen, params: { binding: quota.binding } })]
      : [];
  },
  'loan.own_loan_active': ({ facts }) => {
    const loan = facts.loans.ownLoan;
    return loan && loan.balanceFen > 0 ? [] : [failure('loan.own_loan_active', 'loan.no_own_loan')];
  },
  // Partial prepayment: at least the minimum and less than the balance (settling is its own type).
  'loan.prepayment_minimum': ({ facts, form, params }) => {
    const out: RuleFailure[] = [];
    const balance = facts.loans.ownLoan?.balanceFen ?? 0;
    if (form.requestedAmountFen < params.prepaymentMinimumFen) {
      out.push(failure('loan.prepayment_minimum', 'loan.prepayment_below_minimum', { actual: form.requestedAmountFen, limit: params.prepaymentMinimumFen }));
    }
    if (balance > 0 && form.requestedAmountFen >= balance) {
      out.push(failure('loan.prepayment_minimum', 'loan.prepayment_not_partial', { actual: form.requestedAmountFen, limit: balance }));
    }
    return out;
  },
  'loan.fund_balance_covers': ({ facts, form }) =>
    form.requestedAmountFen > facts.account.balanceFen
      ? [failure('loan.fund_balance_covers', 'loan.fund_balance_insufficient', { actual: form.requestedAmountFen, limit: facts.account.balanceFen })]
      : [],
};

function ageAndTerm(ctx: RuleContext): RuleFailure[] {
  const { facts, form, params, today } = ctx;
  const out: RuleFailure[] = [];
  const age = ageOn(facts.birthDate, today);
  if (age < params.minAgeYears) out.push(failure('loan.age_and_term', 'loan.age_below_minimum', { actual: age, limit: params.minAgeYears }));
  if (!form.loan) return out;
  const term = maxLoanTermAt(ctx.policy, {
    applicationDate: today,
    birthDate: facts.birthDate,
    sex: facts.sex,
    ...(form.loan.houseAgeYears === undefined ? {} : { houseAgeYears: form.loan.houseAgeYears }),
  });
  if (form.loan.termMonths > term.maxTermMonths) {
    out.push(failure('loan.age_and_term', 'loan.term_too_long', { actual: form.loan.termMonths, limit: term.maxTermMonths, params: { binding: term.binding } }));
  }
  return out;
}
