// The inputs of eligibility: a snapshot of what the centre's records and the data-sharing
// sources say about the applicant, and the fields of the form. Rules read only these, so a
// decision can be re-derived later from the stored snapshot.
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { CalendarDate } from '../calendar/calendar-date';
import type { Fen } from '../policy/units';

/** Personal account status, domain.md §2.2 (closed variants kept apart for statistics). */
export type AccountStatus = 'normal' | 'sealed' | 'frozen' | 'closed_merged' | 'closed_transferred' | 'closed_withdrawn';

/** Unit account status, domain.md §2.2; `none` = the unit has no account yet. */
export type EmployerAccountStatus = 'none' | 'normal' | 'opening' | 'deferred' | 'sealed' | 'closed';

export interface WithdrawalRecord {
  readonly businessType: BusinessTypeCode;
  readonly on: CalendarDate;
  readonly amountFen: Fen;
}

export interface ApplicantFacts {
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
  readonly account: {
    readonly status: AccountStatus;
    readonly balanceFen: Fen;
    readonly sealedOn?: CalendarDate;
  };
  readonly deposits: {
    /** Consecutive months fully paid up to the current month. */
    readonly consecutiveMonthsPaid: number;
    readonly contributing: boolean;
  };
  /** Earlier withdrawals (own and, where a rule counts per household, the spouse's). */
  readonly withdrawals: readonly WithdrawalRecord[];
  readonly loans: {
    /** Borrower or spouse has an outstanding provident-fund loan (any centre). */
    readonly providentOutstanding: boolean;
    /** Provident-fund loans the family took before, settled or not. */
    readonly providentPastCount: number;
    /** An active fund-to-loan withdrawal agreement (委托提取) blocks rent withdrawals too. */
    readonly activeRepaymentAgreement: boolean;
    /** This centre's loan, if any. */
    readonly ownLoan?: { readonly balanceFen: Fen; readonly installmentsPaid: number };
    readonly commercialLoan?: { readonly balanceFen: Fen; readonly repaidLast12MonthsFen: Fen; readonly performing: boolean };
  };
  readonly household: {
    readonly married: boolean;
    /** Homes the applicant and spouse own in the city (property registry). */
    readonly homesInCity: number;
    readonly hukouInCity: boolean;
    readonly hukouCancelledForAbroad: boolean;
    readonly foreignNational: boolean;
  };
  readonly employment: {
    /** Pension started (social security); retirement age alone also qualifies. */
    readonly retired: boolean;
    readonly contributesElsewhere: boolean;
  };
  readonly credit: { readonly seriousBadRecord: boolean };
  /** Fraud ban (2026 amendment: 3 years for withdrawals and loans) runs until this date. */
  readonly fraudBanUntil?: CalendarDate;
  /** For inheritance: the account holder is recorded deceased (household cancellation). */
  readonly holderDeceased?: boolean;
  readonly employer?: { readonly status: EmployerAccountStatus };
  readonly transferIn?: { readonly accountHere: boolean; readonly previousAccountOpen: boolean };
}

/** The form fields rules read; each business type's intake schema produces the ones it needs. */
export interface ApplicationForm {
  readonly requestedAmountFen: Fen;
  /** Rent for the period claimed. */
  readonly rentFen?: Fen;
  readonly publicRental?: boolean;
  /** Area class for area-dependent caps (e.g. `county`); absent = the default area. */
  readonly area?: string;
  readonly selfPaidMedicalFen?: Fen;
  /** What the applicant actually paid: price − loan, the fee bill, the expropriation payment. */
  readonly paidFen?: Fen;
  readonly invoiceFen?: Fen;
  /** The date deadlines count from: contract filing, certificate, discharge, agreement. */
  readonly eventDate?: CalendarDate;
  readonly loan?: {
    readonly termMonths: number;
    readonly housePriceFen: Fen;
    readonly home: 'first' | 'second';
    readonly borrowers: 'single' | 'couple';
    readonly monthlyIncomeFen: Fen;
    readonly existingMonthlyDebtFen?: Fen;
    readonly appraisalFen?: Fen;
    /** Resale homes: whole years since built. */
    readonly houseAgeYears?: number;
    readonly uplifts?: readonly string[];
  };
  readonly contributionBaseFen?: Fen;
}
