// 等额本金 (equal principal), domain.md §4.5.
//
// Rounding: each month's payment is the formula's exact payment P/n + (P − (k−1)·P/n)·r rounded
// half-up to the fen — which is what lenders publish (first 4,944.44 for 1,000,000 / 360 /
// 2.60 %). Principal is spread by cumulative rounding, principal_k = round(P·k/n) −
// round(P·(k−1)/n), so it sums to P exactly and the balance ends at 0 with no last-month patch;
// interest is the remainder payment − principal (within a fen of balance × r).
import type { Fen, Ppm } from '../policy/units';
import { assertLoanInputs, MONTHLY_DEN } from './equal-installment';
import { divRoundHalfUp, mulDivRoundHalfUp } from './rounding';
import type { Schedule, ScheduleRow } from './schedule.types';

const DEN = BigInt(MONTHLY_DEN);

export interface EqualPrincipalSchedule extends Schedule {
  readonly firstPaymentFen: Fen;
  /** The quoted monthly decrease (P/n)·r, rounded half-up. */
  readonly monthlyDecreaseFen: Fen;
}

export function equalPrincipalSchedule(input: { principalFen: Fen; months: number; annualRatePpm: Ppm }): EqualPrincipalSchedule {
  const { principalFen, months, annualRatePpm } = input;
  assertLoanInputs(principalFen, months, annualRatePpm);
  const p = BigInt(principalFen);
  const n = BigInt(months);
  const a = BigInt(annualRatePpm);
  const rows: ScheduleRow[] = [];
  let paidBefore = 0;
  let totalInterest = 0;
  for (let period = 1; period <= months; period++) {
    const paidAfter = mulDivRoundHalfUp(principalFen, period, months);
    const principal = paidAfter - paidBefore;
    // Exact payment_k = P·(DEN + (n − k + 1)·a) / (n·DEN).
    const exactPayment = Number(divRoundHalfUp(p * (DEN + (n - BigInt(period) + 1n) * a), n * DEN));
    const interest = Math.max(0, exactPayment - principal);
    paidBefore = paidAfter;
    totalInterest += interest;
    rows.push({ period, paymentFen: principal + interest, principalFen: principal, interestFen: interest, balanceFen: principalFen - paidAfter });
  }
  return {
    method: 'equal_principal',
    principalFen,
    annualRatePpm,
    rows,
    totalInterestFen: totalInterest,
    totalPaymentFen: principalFen + totalInterest,
    // P·r·(n+1)/2 = P·a·(n+1) / (2·DEN)
    quotedTotalInterestFen: Number(divRoundHalfUp(p * a * (n + 1n), 2n * DEN)),
    firstPaymentFen: rows[0]?.paymentFen ?? 0,
    monthlyDecreaseFen: Number(divRoundHalfUp(p * a, n * DEN)),
  };
}
