// Withdrawal and loan rule parameters the policy set does not (yet) carry. They are data with
// the same shape for every centre, passed in with the policy; the defaults follow domain.md
// §3–4. The rent window and cap, loan ages, terms and deposit months come from the policy.
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { WithdrawalWindow } from '../policy/policy.types';
import { yuan, type Fen, type Ppm } from '../policy/units';

/**
 * A frequency window (domain.md §3.4). Period kinds (year, quarter, month) allow `maxCount`
 * withdrawals per period (default 1); rolling kinds allow one per `n` months/days, or, with
 * `capFen`, any number whose sum in the window stays within the cap.
 */
export interface WindowRule extends WithdrawalWindow {
  readonly maxCount?: number;
  readonly capFen?: Fen;
  /** Other business types whose withdrawals count toward this window (e.g. one repayment pot). */
  readonly sharedWith?: readonly BusinessTypeCode[];
}

export interface RuleParams {
  /** Windows per business type; `withdrawal.rent` uses the policy's rent window instead. */
  readonly windows: Partial<Record<BusinessTypeCode, WindowRule>>;
  /** Rent: consecutive fully paid months (Shanghai, Dalian: 3). */
  readonly rentMinDepositMonths: number;
  /** Apply within this many months of the event date (contract, certificate, discharge). */
  readonly eventDeadlineMonths: Partial<Record<BusinessTypeCode, number>>;
  /** Leaving the city: sealed and not re-employed for at least this many months (Harbin 6). */
  readonly leaveCitySealedMonths: number;
  readonly renovation: { readonly sharePpm: Ppm; readonly capFen: Fen };
  /** A family with this many past provident-fund loans is refused another (Shanghai 2016: 2). */
  readonly maxPastProvidentLoans: number;
  readonly prepaymentMinimumFen: Fen;
  readonly minAgeYears: number;
}

export const DEFAULT_RULE_PARAMS: RuleParams = {
  windows: {
    'withdrawal.repay_commercial_loan': { kind: 'ANNIVERSARY_MONTHS', n: 12 },
    // 中央国家机关 2026 example: the same home again only after 10 years.
    'withdrawal.renovation': { kind: 'ANNIVERSARY_MONTHS', n: 120 },
    'withdrawal.property_fee': { kind: 'CALENDAR_YEAR' },
  },
  rentMinDepositMonths: 3,
  eventDeadlineMonths: {
    'withdrawal.purchase_full': 12,
    'withdrawal.purchase_with_loan': 12,
    'withdrawal.serious_illness': 12,
    'withdrawal.expropriation': 12,
  },
  leaveCitySealedMonths: 6,
  renovation: { sharePpm: 500_000, capFen: yuan(250_000) },
  maxPastProvidentLoans: 2,
  prepaymentMinimumFen: yuan(10_000),
  minAgeYears: 18,
};
