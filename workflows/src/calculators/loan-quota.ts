// Maximum loan amount, domain.md §4.2: the minimum of every cap that applies, rounded down to the
// centre's unit. All candidates are reported with the one that bound, so a reviewer can explain
// the figure ("limited by your balance: 40,000 × 25").
import type { CalendarDate } from '../calendar/calendar-date';
import { loanCapAt, type Borrowers, type HomeCount } from '../policy/policy-accessors';
import { policyAt } from '../policy/policy-set';
import type { PolicySet } from '../policy/policy.types';
import { PPM_ONE, type Fen, type Ppm } from '../policy/units';
import { annuityPresentValue } from './equal-installment';
import { assertFen, floorToUnit, mulDivFloor } from './rounding';

export type QuotaLimit = 'city_cap' | 'balance' | 'capacity' | 'price' | 'deposit_years';

/** The city's parameters for one application (see `quotaLimitsAt`). */
export interface QuotaLimits {
  readonly cityCapFen: Fen;
  readonly balanceMultiple: number;
  readonly repaymentIncomeRatio: Ppm;
  readonly downPayment: Ppm;
  /** null where the city has no per-deposit-year cap. */
  readonly perDepositYearCapFen: Fen | null;
  readonly unitFen: Fen;
}

export interface LoanQuotaInput {
  readonly limits: QuotaLimits;
  /** Account balance (both spouses' for a couple), or the average the city prescribes. */
  readonly balanceFen: Fen;
  /** Monthly household income and the monthly service of existing debts. */
  readonly monthlyIncomeFen: Fen;
  readonly existingMonthlyDebtFen: Fen;
  readonly priceFen: Fen;
  /** The appraised value, where there is one: the lower of price and appraisal counts. */
  readonly appraisalFen?: Fen;
  readonly annualRatePpm: Ppm;
  readonly termMonths: number;
  /** Full years of contribution; only read when the city has a per-year cap. */
  readonly depositYears?: number;
}

export interface QuotaCandidate {
  readonly limit: QuotaLimit;
  readonly amountFen: Fen;
}

export interface LoanQuota {
  readonly amountFen: Fen;
  readonly binding: QuotaLimit;
  /** In the order city cap, balance, capacity, price, deposit years; ties bind in that order. */
  readonly candidates: readonly QuotaCandidate[];
  /** The monthly payment the capacity cap allows: income × ratio − existing debt, ≥ 0. */
  readonly maxMonthlyPaymentFen: Fen;
}

export function loanQuota(input: LoanQuotaInput): LoanQuota {
  const { limits } = input;
  for (const [k, v] of Object.entries({ balanceFen: input.balanceFen, monthlyIncomeFen: input.monthlyIncomeFen, existingMonthlyDebtFen: input.existingMonthlyDebtFen, priceFen: input.priceFen, cityCapFen: limits.cityCapFen })) assertFen(k, v);
  if (!Number.isInteger(limits.balanceMultiple) || limits.balanceMultiple < 0) throw new RangeError(`balance multiple must be a whole number: ${limits.balanceMultiple}`);
  if (!(limits.unitFen >= 1)) throw new RangeError('quota unit must be ≥ 1 fen');

  const maxMonthlyPaymentFen = Math.max(0, mulDivFloor(input.monthlyIncomeFen, limits.repaymentIncomeRatio, PPM_ONE) - input.existingMonthlyDebtFen);
  const valueFen = input.appraisalFen === undefined ? input.priceFen : Math.min(input.priceFen, input.appraisalFen);
  const candidates: QuotaCandidate[] = [
    { limit: 'city_cap', amountFen: limits.cityCapFen },
    { limit: 'balance', amountFen: input.balanceFen * limits.balanceMultiple },
    { limit: 'capacity', amountFen: annuityPresentValue(maxMonthlyPaymentFen, input.termMonths, input.annualRatePpm) },
    { limit: 'price', amountFen: mulDivFloor(valueFen, PPM_ONE - limits.downPayment, PPM_ONE) },
  ];
  if (limits.perDepositYearCapFen !== null) {
    candidates.push({ limit: 'deposit_years', amountFen: limits.perDepositYearCapFen * Math.max(0, Math.floor(input.depositYears ?? 0)) });
  }
  let bound = candidates[0] as QuotaCandidate;
  for (const c of candidates) if (c.amountFen < bound.amountFen) bound = c;
  return { amountFen: floorToUnit(bound.amountFen, limits.unitFen), binding: bound.limit, candidates, maxMonthlyPaymentFen };
}

/** The quota parameters in force on `date` for this kind of application. */
export function quotaLimitsAt(set: PolicySet, date: CalendarDate, home: HomeCount, borrowers: Borrowers, uplifts: readonly string[] = []): QuotaLimits {
  const downPayment = policyAt(set, 'downPayment', date);
  const perYear = policyAt(set, 'perDepositYearCapFen', date);
  return {
    cityCapFen: loanCapAt(set, date, home, borrowers, uplifts),
    balanceMultiple: policyAt(set, 'balanceMultiple', date),
    repaymentIncomeRatio: policyAt(set, 'repaymentIncomeRatio', date),
    downPayment: home === 'first' ? downPayment.firstHome : downPayment.secondHome,
    perDepositYearCapFen: perYear === null ? null : perYear[borrowers],
    unitFen: policyAt(set, 'loanQuotaUnitFen', date),
  };
}
