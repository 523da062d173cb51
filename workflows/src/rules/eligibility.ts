// Eligibility evaluation: run every rule the catalogue lists for the business type and return
// every failure, so the applicant learns all of them at once (一次性告知), never one per visit.
import { businessType } from '../catalogue/business-types';
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { EligibilityRuleId } from '../catalogue/catalogue.types';
import type { CalendarDate } from '../calendar/calendar-date';
import { compareDates } from '../calendar/calendar-date';
import type { PolicySet } from '../policy/policy.types';
import { ACCOUNT_RULES } from './account.rules';
import { amountCap } from './amount-caps';
import type { ApplicantFacts, ApplicationForm } from './applicant-facts';
import { EMPLOYER_RULES } from './employer.rules';
import { LOAN_RULES, quotaFor } from './loan.rules';
import type { RuleContext } from './rule-context';
import type { RuleFn } from './rule-fn';
import { DEFAULT_RULE_PARAMS, type RuleParams } from './rule-params';
import type { EligibilityResult } from './rule-result';
import { WITHDRAWAL_RULES } from './withdrawal.rules';

/** Every rule id has an implementation; the compiler checks it. */
export const RULES: { readonly [K in EligibilityRuleId]: RuleFn } = { ...ACCOUNT_RULES, ...WITHDRAWAL_RULES, ...LOAN_RULES, ...EMPLOYER_RULES };

export interface EligibilityInput {
  readonly businessType: BusinessTypeCode;
  readonly facts: ApplicantFacts;
  readonly form: ApplicationForm;
  readonly policy: PolicySet;
  readonly today: CalendarDate;
  /** Defaults to DEFAULT_RULE_PARAMS. */
  readonly params?: RuleParams;
}

export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const type = businessType(input.businessType);
  const ctx: RuleContext = { type, facts: input.facts, form: input.form, policy: input.policy, params: input.params ?? DEFAULT_RULE_PARAMS, today: input.today };
  const failures = type.eligibilityRules.flatMap((id) => RULES[id](ctx));
  const maxAmountFen = maxAmount(ctx);
  // Waiting helps only if every failure has a date; then the applicant may come back on the last.
  const dates = failures.map((f) => f.availableOn);
  const availableOn = failures.length > 0 && dates.every((d) => d !== undefined) ? (dates as CalendarDate[]).sort(compareDates).at(-1) : undefined;
  return {
    eligible: failures.length === 0,
    failures,
    checked: type.eligibilityRules,
    ...(maxAmountFen === undefined ? {} : { maxAmountFen }),
    ...(availableOn === undefined ? {} : { availableOn }),
  };
}

function maxAmount(ctx: RuleContext): number | undefined {
  if (ctx.type.amountRule.kind === 'loan_quota') return quotaFor(ctx)?.amountFen;
  const cap = amountCap(ctx);
  if (ctx.type.category !== 'withdrawal') return cap?.capFen;
  const balance = ctx.facts.account.balanceFen;
  return cap === undefined ? balance : Math.min(cap.capFen, balance);
}
