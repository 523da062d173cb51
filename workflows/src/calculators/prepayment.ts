// Prepayment, domain.md §4.6: partial prepayment with "shorten the term" (缩期, keep the payment)
// or "lower the payment" (减额, keep the term), and full settlement.
//
// The prepayment is made right after a regular installment, on the outstanding principal. Interest
// for the broken period since the last installment date is collected on top, 30/360 (monthly
// rate ÷ 30 × days, the implementation precedent of domain.md §4.5 [X]), rounded half-up.
// Minimum amounts, counts and waiting periods are city rules checked by the rules module.
import type { Fen, Ppm } from '../policy/units';
import { annuityAtMost, equalInstallmentPayment, equalInstallmentSchedule, MONTHLY_DEN } from './equal-installment';
import { equalPrincipalSchedule } from './equal-principal';
import { assertFen, mulDivRoundHalfUp } from './rounding';
import type { RepaymentMethod, Schedule } from './schedule.types';

export type PrepaymentOption = 'shorten_term' | 'lower_payment';

export interface PrepaymentInput {
  readonly method: RepaymentMethod;
  /** Outstanding principal right after the last regular installment. */
  readonly balanceFen: Fen;
  readonly remainingMonths: number;
  readonly annualRatePpm: Ppm;
  /** Equal installment: the payment in force (defaults to the annuity on the balance). */
  readonly currentPaymentFen?: Fen;
  readonly prepayFen: Fen;
  readonly option: PrepaymentOption;
  /** Days since the last installment date, for broken-period interest (0 on the date itself). */
  readonly daysSinceLastInstallment?: number;
}

export interface PrepaymentResult {
  readonly accruedInterestFen: Fen;
  /** Principal prepaid + accrued interest: what the borrower pays now. */
  readonly amountDueFen: Fen;
  /** The rest of the loan without the prepayment, and with it. */
  readonly before: Schedule;
  readonly after: Schedule;
  readonly newMonths: number;
  /** The new first payment. */
  readonly newPaymentFen: Fen;
  readonly interestSavedFen: Fen;
}

/** Broken-period interest on `balanceFen` for `days` days, 30/360, half-up to the fen. */
export function accruedInterest(balanceFen: Fen, annualRatePpm: Ppm, days: number): Fen {
  assertFen('balanceFen', balanceFen);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  return mulDivRoundHalfUp(balanceFen * days, annualRatePpm, MONTHLY_DEN * 30);
}

/** Full settlement (提前结清): outstanding principal plus broken-period interest. */
export function settlementAmount(balanceFen: Fen, annualRatePpm: Ppm, daysSinceLastInstallment: number): { principalFen: Fen; interestFen: Fen; totalFen: Fen } {
  const interestFen = accruedInterest(balanceFen, annualRatePpm, daysSinceLastInstallment);
  return { principalFen: balanceFen, interestFen, totalFen: balanceFen + interestFen };
}

export function partialPrepayment(input: PrepaymentInput): PrepaymentResult {
  const { balanceFen, remainingMonths: n, annualRatePpm: rate, prepayFen } = input;
  assertFen('prepayFen', prepayFen);
  if (prepayFen <= 0 || prepayFen >= balanceFen) throw new RangeError('a partial prepayment is more than 0 and less than the balance; use settlementAmount to settle');
  const rest = balanceFen - prepayFen;
  const accruedInterestFen = accruedInterest(balanceFen, rate, input.daysSinceLastInstallment ?? 0);

  let before: Schedule;
  let after: Schedule;
  if (input.method === 'equal_installment') {
    const payment = input.currentPaymentFen ?? equalInstallmentPayment(balanceFen, n, rate);
    before = equalInstallmentSchedule({ principalFen: balanceFen, months: n, annualRatePpm: rate, paymentFen: payment });
    after =
      input.option === 'lower_payment'
        ? equalInstallmentSchedule({ principalFen: rest, months: n, annualRatePpm: rate })
        : equalInstallmentSchedule({ principalFen: rest, months: shortestTerm(rest, n, rate, payment), annualRatePpm: rate, paymentFen: payment });
  } else {
    before = equalPrincipalSchedule({ principalFen: balanceFen, months: n, annualRatePpm: rate });
    // Shorten: keep the monthly principal B/n, so n' = ceil(rest·n / B).
    const months = input.option === 'lower_payment' ? n : Math.ceil((rest * n) / balanceFen);
    after = equalPrincipalSchedule({ principalFen: rest, months, annualRatePpm: rate });
  }
  return {
    accruedInterestFen,
    amountDueFen: prepayFen + accruedInterestFen,
    before,
    after,
    newMonths: after.rows.length,
    newPaymentFen: after.rows[0]?.paymentFen ?? 0,
    interestSavedFen: before.totalInterestFen - after.totalInterestFen,
  };
}

/** The fewest months, at most `maxMonths`, whose exact annuity on `principal` fits in `payment`. */
function shortestTerm(principalFen: Fen, maxMonths: number, ratePpm: Ppm, paymentFen: Fen): number {
  let lo = 1;
  let hi = maxMonths;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (annuityAtMost(principalFen, mid, ratePpm, paymentFen)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
