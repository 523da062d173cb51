import type { EligibilityRuleId } from '../catalogue/catalogue.types';
import type { RuleContext } from './rule-context';
import type { RuleFailure } from './rule-result';

/** A rule returns all of its failures (a rule may check several related conditions). */
export type RuleFn = (ctx: RuleContext) => readonly RuleFailure[];

export type RuleSet<K extends EligibilityRuleId> = { readonly [P in K]: RuleFn };
