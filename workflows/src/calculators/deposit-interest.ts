// Deposit interest, domain.md §6 and §10.4: interest accrues from the day of deposit (Art. 21) and
// is posted once a year on June 30, the end of the fund year (July 1 – June 30).
//
// Day count: Σ(balance of each day) × rate ÷ basis, where the basis (360 or 365 days a year) is a
// policy parameter because it is city-specific [U]; the Harbin default is ACT/360, the
// implementation precedent. A movement dated d counts in that day's balance: a deposit earns for
// its own day, a withdrawal stops earning on its day. The sum is computed exactly and rounded
// half-up to the fen once, at posting — never day by day.
import { addDays, compareDates, daysBetween, isRealDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';
import { entryAt } from '../policy/policy-set';
import type { DayCountBasis, PolicySet } from '../policy/policy.types';
import { PPM_ONE, type Fen, type Ppm } from '../policy/units';
import { assertFen, divRoundHalfUp } from './rounding';

export interface Movement {
  readonly date: CalendarDate;
  /** Positive for a deposit, negative for a withdrawal. */
  readonly amountFen: Fen;
}

export interface InterestInput {
  /** First day counted (July 1 for a full fund year). */
  readonly fromDate: CalendarDate;
  /** Last day counted, inclusive (June 30, or the closing or transfer date). */
  readonly toDate: CalendarDate;
  readonly openingBalanceFen: Fen;
  readonly movements: readonly Movement[];
  readonly rate: Ppm;
  readonly basis: DayCountBasis;
}

export interface InterestResult {
  readonly interestFen: Fen;
  readonly days: number;
  /** Σ daily balances (fen·days), the accumulated product the interest is computed from. */
  readonly balanceDays: bigint;
  readonly closingBalanceFen: Fen;
}

export function depositInterest(input: InterestInput): InterestResult {
  const { fromDate, toDate } = input;
  if (!isRealDate(fromDate) || !isRealDate(toDate) || compareDates(fromDate, toDate) > 0) {
    throw new DomainError('interest.bad_period', { fromDate, toDate });
  }
  assertFen('openingBalanceFen', input.openingBalanceFen);
  const sorted = [...input.movements].sort((a, b) => compareDates(a.date, b.date));
  let balance = input.openingBalanceFen;
  let product = 0n;
  let day = fromDate;
  const end = addDays(toDate, 1);
  for (const m of sorted) {
    if (compareDates(m.date, fromDate) < 0 || compareDates(m.date, toDate) > 0) {
      throw new DomainError('interest.movement_outside_period', { date: m.date, fromDate, toDate });
    }
    product += BigInt(balance) * BigInt(daysBetween(day, m.date));
    balance += m.amountFen;
    if (balance < 0) throw new DomainError('interest.negative_balance', { date: m.date });
    day = m.date;
  }
  product += BigInt(balance) * BigInt(daysBetween(day, end));
  const yearDays = BigInt(input.basis === 'ACT/360' ? 360 : 365);
  return {
    interestFen: Number(divRoundHalfUp(product * BigInt(input.rate), BigInt(PPM_ONE) * yearDays)),
    days: daysBetween(fromDate, end),
    balanceDays: product,
    closingBalanceFen: balance,
  };
}

export interface AnnualSettlement extends InterestResult {
  /** Closing balance + interest: the opening balance of the next fund year. */
  readonly postedBalanceFen: Fen;
}

/**
 * The June 30 settlement (年终结息) of the fund year ending on `fundYearEnd`, with the rate and
 * basis of the policy in force. A rate change inside the year is refused
 * (`interest.rate_changed_mid_year`) rather than silently applying one rate to the whole year.
 */
export function annualInterestSettlement(
  set: PolicySet,
  fundYearEnd: CalendarDate,
  openingBalanceFen: Fen,
  movements: readonly Movement[],
): AnnualSettlement {
  if (!isRealDate(fundYearEnd) || fundYearEnd.slice(5) !== '06-30') throw new DomainError('interest.not_fund_year_end', { fundYearEnd });
  const fromDate = `${Number(fundYearEnd.slice(0, 4)) - 1}-07-01`;
  const start = entryAt(set, 'depositInterest', fromDate);
  if (entryAt(set, 'depositInterest', fundYearEnd) !== start) throw new DomainError('interest.rate_changed_mid_year', { fundYearEnd });
  const result = depositInterest({ fromDate, toDate: fundYearEnd, openingBalanceFen, movements, rate: start.value.rate, basis: start.value.basis });
  return { ...result, postedBalanceFen: result.closingBalanceFen + result.interestFen };
}
