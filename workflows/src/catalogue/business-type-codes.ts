// Stable business-type codes. They are stored with every application and statistic, so a code
// is never renamed or reused; a new variant gets a new code.
export const BUSINESS_TYPE_CODES = [
  'withdrawal.rent',
  'withdrawal.serious_illness',
  'withdrawal.retirement',
  'withdrawal.settle_abroad',
  'withdrawal.leave_city',
  'withdrawal.purchase_full',
  'withdrawal.purchase_with_loan',
  'withdrawal.post_loan_agreement',
  'withdrawal.repay_own_loan',
  'withdrawal.repay_commercial_loan',
  'withdrawal.expropriation',
  'withdrawal.death',
  'withdrawal.renovation',
  'withdrawal.property_fee',
  'loan.purchase',
  'loan.commercial_conversion',
  'loan.prepay_partial_own',
  'loan.settle_own',
  'loan.prepay_partial_fund',
  'loan.settle_fund',
  'employer.open_account',
  'employer.base_adjustment',
  'employer.seal',
  'employer.unseal',
  'employer.transfer_employees',
  'employee.transfer_in',
] as const;

export type BusinessTypeCode = (typeof BUSINESS_TYPE_CODES)[number];

export function isBusinessTypeCode(s: string): s is BusinessTypeCode {
  return (BUSINESS_TYPE_CODES as readonly string[]).includes(s);
}
