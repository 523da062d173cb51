// Typed questions other modules ask of a policy set, so that tiering rules (term ≤ 5 years,
// fallback SLA keys) live in one place.
import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';
import { policyAt } from './policy-set';
import type { PolicySet } from './policy.types';
import { PPM_ONE, type Fen, type Ppm } from './units';

export type HomeCount = 'first' | 'second';
export type Borrowers = 'single' | 'couple';

/**
 * The annual loan rate for a loan accepted (or re-priced) on `date`. The tier follows the
 * contract term: up to and including 60 months is the "5 years or less" rate (domain.md §4.3).
 */
export function loanRateAt(set: PolicySet, date: CalendarDate, home: HomeCount, termMonths: number): Ppm {
  const rates = policyAt(set, 'loanRates', date);
  const short = termMonths <= 60;
  if (home === 'first') return short ? rates.firstHomeUpTo5y : rates.firstHomeOver5y;
  return short ? rates.secondHomeUpTo5y : rates.secondHomeOver5y;
}

/**
 * The city cap with uplifts (reason codes of `loanCapUplifts`, added together) applied, rounded
 * down to the fen. An unknown uplift code is an error rather than silently ignored.
 */
export function loanCapAt(set: PolicySet, date: CalendarDate, home: HomeCount, borrowers: Borrowers, uplifts: readonly string[] = []): Fen {
  const caps = policyAt(set, 'loanCaps', date);
  const base = (home === 'first' ? caps.firstHome : caps.secondHome)[borrowers];
  const table = policyAt(set, 'loanCapUplifts', date);
  let extra = 0;
  for (const code of uplifts) {
    const ppm = table[code];
    if (ppm === undefined) throw new DomainError('policy.unknown_uplift', { code, date });
    extra += ppm;
  }
  return Number((BigInt(base) * BigInt(PPM_ONE + extra)) / BigInt(PPM_ONE));
}

/**
 * Working days allowed to decide a case of `businessType` accepted on `date`. A business type
 * without its own entry uses `fallback` (`withdrawal` or `loan`, the statutory limits).
 */
export function slaWorkingDaysAt(set: PolicySet, date: CalendarDate, businessType: string, fallback?: string): number {
  const table = policyAt(set, 'slaWorkingDays', date);
  const days = table[businessType] ?? (fallback === undefined ? undefined : table[fallback]);
  if (days === undefined) throw new DomainError('policy.sla_not_configured', { businessType, fallback, date });
  return days;
}

/** Whether a loan of `amount` accepted on `date` needs the extra approval step. */
export function needsExtraApproval(set: PolicySet, date: CalendarDate, amount: Fen): boolean {
  return amount > policyAt(set, 'loanExtraApprovalThresholdFen', date);
}
