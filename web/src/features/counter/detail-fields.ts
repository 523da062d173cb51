// What the clerk keys in per business type, one entry per field of the shared intake schema
// (workflows/src/schemas/intake.schemas.ts): where it goes in the form (`key` under `details`)
// and how it is typed at the desk. The schema stays the judge of what is valid; this list only
// says how each of its fields is entered, and the Record type makes every business type say it.
import type { BusinessTypeCode } from '@onetrip/workflows';

export type DetailKind =
  /** money typed in yuan, sent in fen */
  | 'yuan'
  | 'date'
  | 'text'
  | 'mobile'
  /** a whole number (months, years) */
  | 'count'
  /** one of `options`, offered as a list */
  | 'choice'
  /** yes or no */
  | 'flag'
  /** ID numbers separated by spaces, commas or new lines */
  | 'idList';

export interface DetailField {
  /** what the draft stores it under and the i18n key (counter.details.<name>) */
  readonly name: string;
  readonly kind: DetailKind;
  /** the schema's field under `details` */
  readonly key: string;
  /** the schema has a default or accepts it missing */
  readonly optional?: boolean;
  readonly options?: readonly string[];
}

const field = (name: string, kind: DetailKind, key = name, extra: Partial<Pick<DetailField, 'optional' | 'options'>> = {}): DetailField => ({ name, kind, key, ...extra });
const yuan = (name: string, extra: Partial<Pick<DetailField, 'optional'>> = {}) => field(name, 'yuan', `${name}Fen`, extra);
const choice = (name: string, options: readonly string[]) => field(name, 'choice', name, { options });

/** Every business: the applicant's mobile for the SMS and the amount asked for. */
export const COMMON_FIELDS: readonly DetailField[] = [field('mobile', 'mobile'), field('amount', 'yuan', 'requestedAmountFen')];

const PURCHASE_PAID = [yuan('paid'), field('eventDate', 'date', 'eventDate', { optional: true })];
const HOME_LOAN = [
  yuan('housePrice'),
  yuan('appraisal', { optional: true }),
  field('houseAgeYears', 'count', 'houseAgeYears', { optional: true }),
  choice('home', ['first', 'second']),
  field('termMonths', 'count'),
  choice('repaymentMethod', ['equal_installment', 'equal_principal']),
  choice('borrowers', ['single', 'couple']),
  yuan('monthlyIncome'),
  yuan('existingMonthlyDebt', { optional: true }),
  field('firstWithdrawalByAgreement', 'flag', 'firstWithdrawalByAgreement', { optional: true }),
];
const EMPLOYER = [field('creditCode', 'text'), field('unitName', 'text')];
const EMPLOYER_STAFF = [...EMPLOYER, field('employeeIdNumbers', 'idList', 'employeeIdNumbers', { optional: true })];
const PREPAY = [choice('afterwards', ['reduce_payment', 'shorten_term'])];

export const DETAIL_FIELDS: Readonly<Record<BusinessTypeCode, readonly DetailField[]>> = {
  // publicRental comes from the checklist question the clerk already answered.
  'withdrawal.rent': [yuan('rent'), field('leaseStart', 'date'), field('leaseEnd', 'date')],
  'withdrawal.serious_illness': [yuan('selfPaidMedical'), field('dischargeDate', 'date'), choice('patient', ['self', 'spouse', 'child', 'parent'])],
  'withdrawal.retirement': [],
  'withdrawal.settle_abroad': [],
  'withdrawal.leave_city': [],
  'withdrawal.purchase_full': PURCHASE_PAID,
  'withdrawal.purchase_with_loan': PURCHASE_PAID,
  'withdrawal.post_loan_agreement': [],
  'withdrawal.repay_own_loan': [],
  'withdrawal.repay_commercial_loan': [field('loanContractNo', 'text')],
  'withdrawal.expropriation': PURCHASE_PAID,
  'withdrawal.death': [field('holderIdNumber', 'text'), field('holderName', 'text')],
  'withdrawal.renovation': [yuan('invoice')],
  'withdrawal.property_fee': PURCHASE_PAID,
  'loan.purchase': HOME_LOAN,
  'loan.commercial_conversion': HOME_LOAN,
  'loan.prepay_partial_own': PREPAY,
  'loan.settle_own': [],
  'loan.prepay_partial_fund': PREPAY,
  'loan.settle_fund': [],
  'employer.open_account': EMPLOYER_STAFF,
  'employer.base_adjustment': [...EMPLOYER, yuan('contributionBase')],
  'employer.seal': EMPLOYER_STAFF,
  'employer.unseal': EMPLOYER_STAFF,
  'employer.transfer_employees': EMPLOYER_STAFF,
  'employee.transfer_in': [field('previousCity', 'text'), field('previousAccountNo', 'text')],
};
