// What a rule says when it fails: a stable code, the values it compared, and params for the
// translated explanation (rules/messages.ts). Evaluation returns every failure, never the first.
import type { EligibilityRuleId } from '../catalogue/catalogue.types';
import type { CalendarDate } from '../calendar/calendar-date';
import type { Fen } from '../policy/units';

export type ParamValue = string | number | boolean;

export interface RuleFailure {
  readonly rule: EligibilityRuleId;
  readonly code: string;
  /** The applicant's value and the limit it was held against. */
  readonly actual?: ParamValue;
  readonly limit?: ParamValue;
  readonly params: Readonly<Record<string, ParamValue>>;
  /** When waiting makes the rule pass: the first date it does. */
  readonly availableOn?: CalendarDate;
}

export interface EligibilityResult {
  readonly eligible: boolean;
  readonly failures: readonly RuleFailure[];
  readonly checked: readonly EligibilityRuleId[];
  /** The most the applicant may receive or borrow now, where the business has a money amount. */
  readonly maxAmountFen?: Fen;
  /** The latest `availableOn` among failures that waiting cures, if all of them do. */
  readonly availableOn?: CalendarDate;
}

export function failure(rule: EligibilityRuleId, code: string, values: Omit<RuleFailure, 'rule' | 'code' | 'params'> & { params?: RuleFailure['params'] } = {}): RuleFailure {
  return { rule, code, ...values, params: { ...values.params, ...pick(values) } };
}

// The compared values double as message params so templates can say "{actual} of {limit}".
function pick(v: { actual?: ParamValue; limit?: ParamValue; availableOn?: CalendarDate }): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  if (v.actual !== undefined) out.actual = v.actual;
  if (v.limit !== undefined) out.limit = v.limit;
  if (v.availableOn !== undefined) out.availableOn = v.availableOn;
  return out;
}
