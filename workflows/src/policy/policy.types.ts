// The shape of a centre's policy parameters. Every parameter is a timeline of dated values, so a
// case decided under an earlier value is re-derived with that value, never with today's.
import type { CalendarDate } from '../calendar/calendar-date';
import type { Fen, Ppm } from './units';

/** One value of a parameter, in force from `from` (inclusive) until the next entry's `from`. */
export interface Dated<T> {
  readonly from: CalendarDate;
  readonly value: T;
  /** Where the value comes from (notice number, URL, domain.md section and reliability tag). */
  readonly source?: string;
}

/** A parameter's history, sorted by `from`, strictly increasing. */
export type Timeline<T> = readonly Dated<T>[];

/** Annual loan rates by home count and contract term (domain.md §4.3: tier by contract term). */
export interface LoanRates {
  readonly firstHomeUpTo5y: Ppm;
  readonly firstHomeOver5y: Ppm;
  readonly secondHomeUpTo5y: Ppm;
  readonly secondHomeOver5y: Ppm;
}

export interface BorrowerCaps {
  /** One contributor borrowing alone. */
  readonly single: Fen;
  /** Both spouses contribute and borrow together. */
  readonly couple: Fen;
}

export interface LoanCaps {
  readonly firstHome: BorrowerCaps;
  readonly secondHome: BorrowerCaps;
}

export interface DownPayment {
  readonly firstHome: Ppm;
  readonly secondHome: Ppm;
}

export interface RetirementAges {
  readonly male: number;
  readonly female: number;
}

/** Window kinds of domain.md §3.4; `n` is the number of months or days where the kind needs it. */
export type WindowKind =
  | 'ANNIVERSARY_MONTHS'
  | 'ROLLING_MONTHS'
  | 'CALENDAR_YEAR'
  | 'FUND_YEAR'
  | 'CALENDAR_QUARTER'
  | 'CALENDAR_MONTH'
  | 'ROLLING_DAYS';

export interface WithdrawalWindow {
  readonly kind: WindowKind;
  readonly n?: number;
}

export interface RentWithdrawal {
  /** Cap per `per` per window, for the default (city-district) area. */
  readonly capFen: Fen;
  /** Caps of other area classes (e.g. `county`), keyed by an area code the centre chooses. */
  readonly areaCapsFen?: Readonly<Record<string, Fen>>;
  readonly per: 'household' | 'person';
  readonly window: WithdrawalWindow;
}

export interface ContributionBase {
  /** Monthly base floor (local minimum wage). */
  readonly floorFen: Fen;
  /** Monthly base cap (3× previous-year average monthly wage). */
  readonly capFen: Fen;
  /** Cap on the monthly deposit, both parts together, where the city sets one. */
  readonly monthlyDepositCapFen?: Fen;
  /** Rounding of each part: to the fen or to the yuan, half-up (city-specific, domain.md §5). */
  readonly rounding: 'fen' | 'yuan';
}

export interface ContributionRates {
  readonly min: Ppm;
  readonly max: Ppm;
}

/** ACT/360 or ACT/365: actual days over a 360- or 365-day year (domain.md §6, §10.4). */
export type DayCountBasis = 'ACT/360' | 'ACT/365';

export interface DepositInterest {
  readonly rate: Ppm;
  readonly basis: DayCountBasis;
}

export interface CounterHours {
  /** Acceptances at or after this local (Asia/Shanghai) time count from the next working day. */
  readonly closingHour: number;
  readonly closingMinute: number;
}

export interface PolicyValues {
  readonly loanRates: LoanRates;
  readonly loanCaps: LoanCaps;
  /**
   * Percentage uplifts of the city cap by reason code (e.g. `multi_child`), added together when
   * several apply. Cities with absolute uplifts (Beijing +200k…) need a fixed-amount variant.
   */
  readonly loanCapUplifts: Readonly<Record<string, Ppm>>;
  /** Loan ≤ account balance × this multiple. */
  readonly balanceMultiple: number;
  readonly downPayment: DownPayment;
  /** Monthly repayment ≤ this share of monthly household income (minus existing debt service). */
  readonly repaymentIncomeRatio: Ppm;
  /** Loan ≤ full contribution years × this, where the city uses it (Beijing); null = no such cap. */
  readonly perDepositYearCapFen: BorrowerCaps | null;
  /** Loan quotas are rounded down to a multiple of this. */
  readonly loanQuotaUnitFen: Fen;
  readonly minDepositMonthsForLoan: number;
  readonly maxTermYears: number;
  readonly retirementAge: RetirementAges;
  /** Age at loan end ≤ retirement age + this many years. */
  readonly yearsPastRetirement: number;
  /** Resale homes: house age + term ≤ this many years (Shanghai 50); null = no such rule. */
  readonly houseAgePlusTermYears: number | null;
  readonly rentWithdrawal: RentWithdrawal;
  readonly contributionBase: ContributionBase;
  readonly contributionRates: ContributionRates;
  readonly depositInterest: DepositInterest;
  /**
   * Decision limits in working days, keyed by business-type code. The keys `withdrawal` and
   * `loan` are the statutory defaults a business type falls back to when it has no own entry.
   */
  readonly slaWorkingDays: Readonly<Record<string, number>>;
  /** Loans above this amount need an extra approval step. */
  readonly loanExtraApprovalThresholdFen: Fen;
  readonly counterHours: CounterHours;
  /**
   * Accepted applications a working day the centre aims for, center-wide, keyed by business
   * category (`loan`); a category without an entry has no target. Harbin's aim is for loans only.
   */
  readonly dailyAcceptedTarget: Readonly<Record<string, number>>;
}

export type PolicyKey = keyof PolicyValues;

/** Every parameter of one centre as a timeline (a parameter a city does not use holds null). */
export type PolicyTimelines = { readonly [K in PolicyKey]: Timeline<PolicyValues[K]> };

export interface PolicySet {
  /** Centre code, e.g. `harbin`. */
  readonly center: string;
  readonly name: string;
  readonly params: PolicyTimelines;
}
