// Withdrawal eligibility (domain.md §3.1–3.4). Each rule names the values it compared so the
// reviewer and the applicant see why, and the date waiting would cure it where there is one.
import type { EligibilityRuleId } from '../catalogue/catalogue.types';
import { compareDates } from '../calendar/calendar-date';
import { nextAllowedAfter, wholeMonthsBetween } from '../calendar/calendar-months';
import { policyAt } from '../policy/policy-set';
import { amountCap } from './amount-caps';
import { failure, type RuleFailure } from './rule-result';
import type { RuleContext } from './rule-context';
import type { RuleSet } from './rule-fn';
import { windowFor } from './windows-for';
import { checkWindow } from './withdrawal-windows';

/** Every withdrawal rule the catalogue names, but the fraud ban (an account rule, account.rules.ts). */
type WithdrawalRuleId = Exclude<Extract<EligibilityRuleId, `withdrawal.${string}`>, 'withdrawal.no_fraud_ban'>;

export function ageOn(birthDate: string, today: string): number {
  return Math.floor(wholeMonthsBetween(birthDate, today) / 12);
}

export const WITHDRAWAL_RULES: RuleSet<WithdrawalRuleId> = {
  // Shanghai 2016: a borrower with an outstanding fund loan withdraws only to repay it; rent
  // also requires no active repayment agreement (domain.md §3.1).
  'withdrawal.no_outstanding_loan': ({ facts, type }) => {
    const out: RuleFailure[] = [];
    if (facts.loans.providentOutstanding) out.push(failure('withdrawal.no_outstanding_loan', 'withdrawal.loan_outstanding'));
    if (type.code === 'withdrawal.rent' && facts.loans.activeRepaymentAgreement) {
      out.push(failure('withdrawal.no_outstanding_loan', 'withdrawal.repayment_agreement_active'));
    }
    return out;
  },
  'withdrawal.window': (ctx) => {
    const window = windowFor(ctx);
    if (!window) return [];
    const counts = new Set([ctx.type.code, ...(window.sharedWith ?? [])]);
    const history = ctx.facts.withdrawals.filter((w) => counts.has(w.businessType));
    const check = checkWindow(window, history, ctx.today, ctx.form.requestedAmountFen);
    if (check.allowed) return [];
    return [
      failure('withdrawal.window', 'withdrawal.interval_not_reached', {
        ...(check.availableOn === undefined ? {} : { availableOn: check.availableOn }),
        params: { window: window.kind, n: window.n ?? 1, ...(check.last === undefined ? {} : { last: check.last }) },
      }),
    ];
  },
  'withdrawal.amount_within_balance': ({ form, facts }) =>
    form.requestedAmountFen > facts.account.balanceFen
      ? [failure('withdrawal.amount_within_balance', 'withdrawal.amount_exceeds_balance', { actual: form.requestedAmountFen, limit: facts.account.balanceFen })]
      : [],
  'withdrawal.amount_within_cap': (ctx) => {
    const cap = amountCap(ctx);
    if (!cap || ctx.form.requestedAmountFen <= cap.capFen) return [];
    return [failure('withdrawal.amount_within_cap', 'withdrawal.amount_exceeds_cap', { actual: ctx.form.requestedAmountFen, limit: cap.capFen, params: { cap: cap.kind } })];
  },
  'withdrawal.deposit_months': ({ facts, params }) =>
    facts.deposits.consecutiveMonthsPaid < params.rentMinDepositMonths
      ? [failure('withdrawal.deposit_months', 'withdrawal.deposit_months_insufficient', { actual: facts.deposits.consecutiveMonthsPaid, limit: params.rentMinDepositMonths })]
      : [],
  'withdrawal.no_home_in_city': ({ facts }) =>
    facts.household.homesInCity > 0 ? [failure('withdrawal.no_home_in_city', 'withdrawal.owns_home_in_city', { actual: facts.household.homesInCity, limit: 0 })] : [],
  // Retired = pension started, or statutory age reached (policy; per-cohort ages are open, §11.10).
  'withdrawal.retired': ({ facts, policy, today }) => {
    const age = ageOn(facts.birthDate, today);
    const limit = policyAt(policy, 'retirementAge', today)[facts.sex];
    return facts.employment.retired || age >= limit ? [] : [failure('withdrawal.retired', 'withdrawal.not_retired', { actual: age, limit })];
  },
  'withdrawal.hukou_cancelled': ({ facts }) =>
    facts.household.hukouCancelledForAbroad || facts.household.foreignNational ? [] : [failure('withdrawal.hukou_cancelled', 'withdrawal.hukou_not_cancelled')],
  'withdrawal.left_city': leftCity,
  'withdrawal.deadline_after_event': ({ form, params, type, today }) => {
    const months = params.eventDeadlineMonths[type.code];
    if (months === undefined) return [];
    if (form.eventDate === undefined) return [failure('withdrawal.deadline_after_event', 'withdrawal.event_date_missing')];
    const deadline = nextAllowedAfter(form.eventDate, months);
    return compareDates(today, deadline) > 0
      ? [failure('withdrawal.deadline_after_event', 'withdrawal.deadline_passed', { actual: today, limit: deadline, params: { eventDate: form.eventDate, months } })]
      : [];
  },
  // Repaying the own loan needs a live loan with at least one regular instalment paid (Shanghai).
  'withdrawal.own_loan_active': ({ facts }) => {
    const loan = facts.loans.ownLoan;
    if (!loan || loan.balanceFen === 0) return [failure('withdrawal.own_loan_active', 'withdrawal.no_own_loan')];
    return loan.installmentsPaid < 1 ? [failure('withdrawal.own_loan_active', 'withdrawal.no_installment_paid', { actual: loan.installmentsPaid, limit: 1 })] : [];
  },
  'withdrawal.commercial_loan_active': ({ facts }) => {
    const loan = facts.loans.commercialLoan;
    if (!loan || loan.balanceFen === 0) return [failure('withdrawal.commercial_loan_active', 'withdrawal.no_commercial_loan')];
    return loan.performing ? [] : [failure('withdrawal.commercial_loan_active', 'withdrawal.commercial_loan_not_performing')];
  },
  'withdrawal.owns_the_home': ({ facts }) =>
    facts.household.homesInCity > 0 ? [] : [failure('withdrawal.owns_the_home', 'withdrawal.home_not_owned')],
  'withdrawal.applicant_deceased': ({ facts }) => (facts.holderDeceased ? [] : [failure('withdrawal.applicant_deceased', 'withdrawal.holder_not_deceased')]),
};

/**
 * Leaving the city: sealed long enough, hukou gone (or non-local), and not contributing
 * elsewhere — someone contributing in another city transfers instead (national platform).
 */
function leftCity({ facts, params, today }: RuleContext): RuleFailure[] {
  const out: RuleFailure[] = [];
  const { sealedOn, status } = facts.account;
  const sealedMonths = status === 'sealed' && sealedOn ? wholeMonthsBetween(sealedOn, today) : 0;
  if (sealedMonths < params.leaveCitySealedMonths) {
    out.push(
      failure('withdrawal.left_city', 'withdrawal.sealed_months_insufficient', {
        actual: sealedMonths,
        limit: params.leaveCitySealedMonths,
        ...(status === 'sealed' && sealedOn ? { availableOn: nextAllowedAfter(sealedOn, params.leaveCitySealedMonths) } : {}),
      }),
    );
  }
  if (facts.household.hukouInCity) out.push(failure('withdrawal.left_city', 'withdrawal.hukou_in_city'));
  if (facts.employment.contributesElsewhere) out.push(failure('withdrawal.left_city', 'withdrawal.contributes_elsewhere'));
  return out;
}
