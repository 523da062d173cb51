// Employer and employee account business (domain.md §5–6).
import { policyAt } from '../policy/policy-set';
import type { EmployerAccountStatus } from './applicant-facts';
import { failure } from './rule-result';
import type { RuleSet } from './rule-fn';

/** The unit-account status each employer business starts from. */
const REQUIRED_STATUS: Readonly<Record<string, EmployerAccountStatus>> = {
  'employer.open_account': 'none',
  'employer.unseal': 'sealed',
};

export const EMPLOYER_RULES: RuleSet<'employer.account_status' | 'employer.base_within_bounds' | 'employee.transfer_in_account'> = {
  'employer.account_status': ({ facts, type }) => {
    const actual = facts.employer?.status ?? 'none';
    const required = REQUIRED_STATUS[type.code] ?? 'normal';
    return actual === required ? [] : [failure('employer.account_status', `employer.status_${required}_required`, { actual, limit: required })];
  },
  // Base: previous-year average wage, clamped to [floor, cap] of the policy (domain.md §5).
  'employer.base_within_bounds': ({ form, policy, today }) => {
    const base = form.contributionBaseFen ?? 0;
    const { floorFen, capFen } = policyAt(policy, 'contributionBase', today);
    if (base < floorFen) return [failure('employer.base_within_bounds', 'employer.base_below_floor', { actual: base, limit: floorFen })];
    if (base > capFen) return [failure('employer.base_within_bounds', 'employer.base_above_cap', { actual: base, limit: capFen })];
    return [];
  },
  'employee.transfer_in_account': ({ facts }) => {
    const t = facts.transferIn;
    const out = [];
    if (!t?.accountHere) out.push(failure('employee.transfer_in_account', 'employee.no_account_here'));
    if (!t?.previousAccountOpen) out.push(failure('employee.transfer_in_account', 'employee.previous_account_closed'));
    return out;
  },
};
