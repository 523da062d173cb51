import type { Fen } from '../policy/units';

/** Repayment methods, with the code of domain.md §2.3 (还款方式). */
export type RepaymentMethod = 'equal_installment' | 'equal_principal';
export const repaymentMethodCode: Readonly<Record<RepaymentMethod, string>> = { equal_installment: '01', equal_principal: '02' };

export interface ScheduleRow {
  /** 1-based month index. */
  readonly period: number;
  readonly paymentFen: Fen;
  readonly principalFen: Fen;
  readonly interestFen: Fen;
  /** Outstanding principal after this payment. */
  readonly balanceFen: Fen;
}

export interface Schedule {
  readonly method: RepaymentMethod;
  readonly principalFen: Fen;
  readonly annualRatePpm: number;
  readonly rows: readonly ScheduleRow[];
  /** Σ interest actually charged by the rows (what the borrower pays). */
  readonly totalInterestFen: Fen;
  readonly totalPaymentFen: Fen;
  /**
   * The total interest as lenders publish it, from the unrounded formula (domain.md §4.5):
   * M·n − P for equal installments, P·r·(n+1)/2 for equal principal, rounded half-up. It differs
   * from `totalInterestFen` by the per-month rounding.
   */
  readonly quotedTotalInterestFen: Fen;
}
