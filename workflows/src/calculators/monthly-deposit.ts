// Monthly deposit, domain.md §5 and Art. 16/18: each part = base × its rate, the base clamped to
// the city's [floor, cap] first. Each part is rounded half-up to the fen or to the yuan as the
// city rules (policy `contributionBase.rounding`). Where the city caps the monthly deposit
// (Harbin 6,500 yuan), the total is cut to the cap and split between the parts in proportion to
// their rates, the employee part rounded half-up and the unit part taking the rest [U].
import { DomainError } from '../domain-error';
import type { ContributionBase, ContributionRates } from '../policy/policy.types';
import { PPM_ONE, type Fen, type Ppm } from '../policy/units';
import { assertFen, mulDivRoundHalfUp } from './rounding';

export interface DepositInput {
  readonly wageBaseFen: Fen;
  readonly employeeRate: Ppm;
  readonly unitRate: Ppm;
  readonly base: ContributionBase;
  readonly rates: ContributionRates;
}

export interface MonthlyDeposit {
  /** The base actually used, within [floor, cap]. */
  readonly baseFen: Fen;
  readonly clampedTo: 'floor' | 'cap' | null;
  readonly employeeFen: Fen;
  readonly unitFen: Fen;
  readonly totalFen: Fen;
  readonly cappedByMonthlyLimit: boolean;
}

export function clampBase(wageBaseFen: Fen, base: ContributionBase): { baseFen: Fen; clampedTo: 'floor' | 'cap' | null } {
  assertFen('wageBaseFen', wageBaseFen);
  if (wageBaseFen < base.floorFen) return { baseFen: base.floorFen, clampedTo: 'floor' };
  if (wageBaseFen > base.capFen) return { baseFen: base.capFen, clampedTo: 'cap' };
  return { baseFen: wageBaseFen, clampedTo: null };
}

export function monthlyDeposit(input: DepositInput): MonthlyDeposit {
  const { rates, base } = input;
  for (const [part, rate] of [['employee', input.employeeRate], ['unit', input.unitRate]] as const) {
    if (!Number.isInteger(rate) || rate < rates.min || rate > rates.max) {
      throw new DomainError('deposit.rate_out_of_range', { part, rate, min: rates.min, max: rates.max });
    }
  }
  const { baseFen, clampedTo } = clampBase(input.wageBaseFen, base);
  const part = (rate: Ppm): Fen =>
    base.rounding === 'fen' ? mulDivRoundHalfUp(baseFen, rate, PPM_ONE) : mulDivRoundHalfUp(baseFen, rate, PPM_ONE * 100) * 100;
  let employeeFen = part(input.employeeRate);
  let unitFen = part(input.unitRate);
  const cap = base.monthlyDepositCapFen;
  const capped = cap !== undefined && employeeFen + unitFen > cap;
  if (capped) {
    employeeFen = mulDivRoundHalfUp(cap, input.employeeRate, input.employeeRate + input.unitRate);
    unitFen = cap - employeeFen;
  }
  return { baseFen, clampedTo, employeeFen, unitFen, totalFen: employeeFen + unitFen, cappedByMonthlyLimit: capped };
}
