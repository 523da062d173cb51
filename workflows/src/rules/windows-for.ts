// Which window applies to a business type: the policy's rent window for rent, the rule
// parameters for the others; a type without a window has no frequency limit.
import { policyAt } from '../policy/policy-set';
import type { RuleContext } from './rule-context';
import type { WindowRule } from './rule-params';

export function rentWindow(ctx: RuleContext): WindowRule {
  return policyAt(ctx.policy, 'rentWithdrawal', ctx.today).window;
}

export function windowFor(ctx: RuleContext): WindowRule | undefined {
  return ctx.type.code === 'withdrawal.rent' ? rentWindow(ctx) : ctx.params.windows[ctx.type.code];
}
