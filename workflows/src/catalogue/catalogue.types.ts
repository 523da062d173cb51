// The shape of the business catalogue. The catalogue is data (labels in zh-CN and en included)
// so that guide pages, counter checklists, review routes and SLAs all come from one place.
import type { BusinessTypeCode } from './business-type-codes';

/** Text shown to people; the catalogue carries both languages because it is data, not UI. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type BusinessCategory = 'withdrawal' | 'loan' | 'employer' | 'employee';

export type Channel = 'online' | 'counter';

/**
 * Government data-sharing sources that can prove a fact instead of a paper certificate
 * (domain.md §3.2 "Waivable by sharing"). Which ones a centre is connected to is per centre.
 */
export type SharingSource = 'identity' | 'household' | 'marriage' | 'property' | 'social_security' | 'credit';

/** The OCR material kinds imaging/ knows how to classify and extract. */
export type OcrMaterialKind =
  | 'id_card_front'
  | 'id_card_back'
  | 'bank_card'
  | 'marriage_certificate'
  | 'rental_contract'
  | 'hospital_invoice'
  | 'discharge_summary'
  | 'purchase_contract'
  | 'property_certificate'
  | 'other';

/**
 * Facts a clerk or the online form answers to decide conditional materials. Unanswered facts
 * leave the material as "ask" so the counter checklist shows the question instead of guessing.
 */
export type ChecklistFact =
  | 'married'
  | 'spouse_co_applies'
  | 'agent_applies'
  | 'rent_above_cap'
  | 'public_rental'
  | 'resale_home'
  | 'foreign_national'
  | 'heir_by_will'
  | 'insurance_reimbursed';

export interface MaterialCondition {
  readonly fact: ChecklistFact;
  /** The material is needed when the fact has this value. */
  readonly when: boolean;
  readonly label: Localized;
}

export interface MaterialSpec {
  readonly id: string;
  readonly name: Localized;
  readonly ocrKind: OcrMaterialKind;
  /** The data-sharing source whose positive answer makes the paper unnecessary. */
  readonly provableBy?: SharingSource;
}

export interface MaterialRequirement extends MaterialSpec {
  /** Absent = always required. */
  readonly condition?: MaterialCondition;
}

/** Back-office steps an application passes after acceptance, in order. */
export type ReviewStepId = 'review_1' | 'review_2' | 'approval' | 'approval_extra';

export interface ReviewRoute {
  /** Automatic rule checks run before the first human step (the reviewer sees their result). */
  readonly automaticChecks: boolean;
  readonly steps: readonly ReviewStepId[];
  /** When the amount exceeds the policy's extra-approval threshold, `approval_extra` is appended. */
  readonly extraApprovalAboveThreshold: boolean;
}

/** Statistical code list the business reports under (domain.md §2.1 and §2.3). */
export type StatisticalCode =
  | { readonly list: 'withdrawal_reason'; readonly code: '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '99' }
  | { readonly list: 'loan_business'; readonly code: '01' | '03' | '05' | '06' }
  | { readonly list: 'collection_business'; readonly code: '03' | '04' | '05' | '06' | '08' | '10' };

/** How the permitted amount is bounded; rules/ implements each kind. */
export type AmountRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'balance' }
  /** Closing withdrawals pay out the whole balance plus interest. */
  | { readonly kind: 'full_balance' }
  /** Capped by what the applicant actually paid (price − loan, invoices, agreement payment). */
  | { readonly kind: 'actual_cost' }
  /** Actual rent, capped per the policy's rent cap unless public rental. */
  | { readonly kind: 'rent_cap' }
  /** Out-of-pocket medical cost after insurance. */
  | { readonly kind: 'medical_self_paid' }
  /** Renovation: share of invoices, capped (policy). */
  | { readonly kind: 'renovation_cap' }
  /** Loan repayment: principal and interest due / outstanding. */
  | { readonly kind: 'loan_repayment' }
  /** Loan quota: minimum of the caps (calculators/). */
  | { readonly kind: 'loan_quota' };

/** What happens after approval: money to the card, a loan to contract and disburse, or nothing. */
export type Fulfilment = 'transfer' | 'loan_disbursement' | 'none';

/**
 * Eligibility rules rules/ knows how to evaluate. The union lives here because the catalogue
 * lists them per business type; rules/ maps every id to an implementation (exhaustively).
 */
export type EligibilityRuleId =
  | 'account.usable'
  | 'account.not_frozen'
  | 'withdrawal.no_fraud_ban'
  | 'withdrawal.no_outstanding_loan'
  | 'withdrawal.window'
  | 'withdrawal.amount_within_balance'
  | 'withdrawal.amount_within_cap'
  | 'withdrawal.deposit_months'
  | 'withdrawal.no_home_in_city'
  | 'withdrawal.retired'
  | 'withdrawal.hukou_cancelled'
  | 'withdrawal.left_city'
  | 'withdrawal.deadline_after_event'
  | 'withdrawal.own_loan_active'
  | 'withdrawal.commercial_loan_active'
  | 'withdrawal.owns_the_home'
  | 'withdrawal.applicant_deceased'
  | 'loan.deposit_months'
  | 'loan.contributing'
  | 'loan.no_outstanding_loan'
  | 'loan.past_loans'
  | 'loan.age_and_term'
  | 'loan.credit'
  | 'loan.amount_within_quota'
  | 'loan.own_loan_active'
  | 'loan.prepayment_minimum'
  | 'loan.fund_balance_covers'
  | 'employer.account_status'
  | 'employer.base_within_bounds'
  | 'employee.transfer_in_account';

export interface Guide {
  readonly purpose: Localized;
  readonly whoMayApply: Localized;
  readonly steps: readonly Localized[];
}

export interface BusinessType {
  /** Stable code, e.g. `withdrawal.rent`; never reused for another meaning. */
  readonly code: BusinessTypeCode;
  readonly statisticalCode: StatisticalCode;
  readonly name: Localized;
  readonly category: BusinessCategory;
  readonly channels: readonly Channel[];
  readonly eligibilityRules: readonly EligibilityRuleId[];
  readonly amountRule: AmountRule;
  readonly materials: readonly MaterialRequirement[];
  readonly review: ReviewRoute;
  /** Decision limit in working days from acceptance (domain.md §7.1). */
  readonly slaWorkingDays: number;
  readonly fulfilment: Fulfilment;
  /** Closing withdrawals (retirement, abroad, leaving, death) close the account. */
  readonly closesAccount: boolean;
  readonly atMostOneTrip: boolean;
  readonly fullyOnline: boolean;
  readonly guide: Guide;
}
