// 等额本息 (equal installment, annuity), domain.md §4.5.
//
// Rounding: r = annual rate / 12 exactly (ppm / 12 000 000). The payment M is the exact annuity
// rounded half-up to the fen (BigInt: (1+r)^n is computed exactly). Each month's interest is the
// outstanding balance × r rounded half-up; principal = M − interest. The last month pays the
// whole remaining balance plus its interest, absorbing every rounding residue, so the balance
// ends at exactly 0. These reproduce the published figures of domain.md §10 to the fen.
import { PPM_ONE, type Fen, type Ppm } from '../policy/units';
import { assertFen, divRoundHalfUp, mulDivRoundHalfUp } from './rounding';
import type { Schedule, ScheduleRow } from './schedule.types';

/** Denominator of the monthly rate: r = ppm / MONTHLY_DEN. */
export const MONTHLY_DEN = 12 * PPM_ONE;
const DEN = BigInt(MONTHLY_DEN);

/** (1+r)^n as the exact fraction growth / base. */
function compound(ratePpm: Ppm, months: number): { growth: bigint; base: bigint } {
  return { growth: (DEN + BigInt(ratePpm)) ** BigInt(months), base: DEN ** BigInt(months) };
}

/** The exact annuity payment as a fraction num / den (den > 0). */
function annuityFraction(principalFen: Fen, months: number, ratePpm: Ppm): { num: bigint; den: bigint } {
  if (ratePpm === 0) return { num: BigInt(principalFen), den: BigInt(months) };
  const { growth, base } = compound(ratePpm, months);
  // M = P·r·(1+r)^n / ((1+r)^n − 1) = P·a·growth / (DEN·(growth − base))
  return { num: BigInt(principalFen) * BigInt(ratePpm) * growth, den: DEN * (growth - base) };
}

/** The monthly payment M rounded half-up to the fen. */
export function equalInstallmentPayment(principalFen: Fen, months: number, annualRatePpm: Ppm): Fen {
  assertLoanInputs(principalFen, months, annualRatePpm);
  const { num, den } = annuityFraction(principalFen, months, annualRatePpm);
  return Number(divRoundHalfUp(num, den));
}

/** Whether the exact annuity for (principal, months) is at most `paymentFen`. */
export function annuityAtMost(principalFen: Fen, months: number, annualRatePpm: Ppm, paymentFen: Fen): boolean {
  const { num, den } = annuityFraction(principalFen, months, annualRatePpm);
  return num <= BigInt(paymentFen) * den;
}

/**
 * The present value of `paymentFen` a month for `months` months, rounded down to the fen:
 * the largest loan that payment can carry (domain.md §4.2, capacity cap).
 */
export function annuityPresentValue(paymentFen: Fen, months: number, annualRatePpm: Ppm): Fen {
  assertLoanInputs(paymentFen, months, annualRatePpm);
  if (annualRatePpm === 0) return paymentFen * months;
  const { growth, base } = compound(annualRatePpm, months);
  // PV = M·((1+r)^n − 1) / (r·(1+r)^n) = M·DEN·(growth − base) / (a·growth)
  return Number((BigInt(paymentFen) * DEN * (growth - base)) / (BigInt(annualRatePpm) * growth));
}

export interface EqualInstallmentInput {
  readonly principalFen: Fen;
  readonly months: number;
  readonly annualRatePpm: Ppm;
  /**
   * A payment to keep instead of the computed one (re-amortising with "shorten the term"). The
   * schedule then stops as soon as the balance is paid, at most `months` months.
   */
  readonly paymentFen?: Fen;
}

export function equalInstallmentSchedule(input: EqualInstallmentInput): Schedule & { readonly paymentFen: Fen } {
  const { principalFen, months, annualRatePpm } = input;
  assertLoanInputs(principalFen, months, annualRatePpm);
  const exact = annuityFraction(principalFen, months, annualRatePpm);
  const payment = input.paymentFen ?? Number(divRoundHalfUp(exact.num, exact.den));
  assertFen('paymentFen', payment);
  const rows: ScheduleRow[] = [];
  let balance = principalFen;
  let totalInterest = 0;
  for (let period = 1; period <= months && balance > 0; period++) {
    const interest = mulDivRoundHalfUp(balance, annualRatePpm, MONTHLY_DEN);
    // Clamped to [0, balance]: a tiny loan or a kept payment can otherwise overshoot.
    const principal = period === months ? balance : Math.min(balance, Math.max(0, payment - interest));
    balance -= principal;
    totalInterest += interest;
    rows.push({ period, paymentFen: principal + interest, principalFen: principal, interestFen: interest, balanceFen: balance });
  }
  // Quoted total: M·n − P with the unrounded M, as published (domain.md §4.5, §10.1).
  const quotedNum = exact.num * BigInt(months) - BigInt(principalFen) * exact.den;
  return {
    method: 'equal_installment',
    principalFen,
    annualRatePpm,
    paymentFen: payment,
    rows,
    totalInterestFen: totalInterest,
    totalPaymentFen: principalFen + totalInterest,
    quotedTotalInterestFen: Number(divRoundHalfUp(quotedNum > 0n ? quotedNum : 0n, exact.den)),
  };
}

export function assertLoanInputs(principalFen: Fen, months: number, annualRatePpm: Ppm): void {
  assertFen('principalFen', principalFen);
  if (!Number.isInteger(months) || months < 1 || months > 1200) throw new RangeError(`months must be 1..1200: ${months}`);
  if (!Number.isInteger(annualRatePpm) || annualRatePpm < 0 || annualRatePpm > PPM_ONE) throw new RangeError(`annual rate must be 0..1 000 000 ppm: ${annualRatePpm}`);
}
