// Loan business types (个人住房公积金贷款), domain.md §4. Statistical codes are the loan-side
// business codes of §2.3 (01 disbursement, 03 prepayment, 05 repayment from the fund, 06 settlement).
import type { BusinessType, EligibilityRuleId, Localized } from './catalogue.types';
import { IF, PERSONAL_BASE, required, when } from './materials';
import { AUTOMATIC, LOAN_REVIEW, ONE_REVIEW, STEP } from './routes';

const LOAN_SLA = 10; // Art. 26 as amended: 10 days from 2026-09-20 (15 before); policy may override.
const POST_LOAN_SLA = 3;

const LOAN_RULES: readonly EligibilityRuleId[] = [
  'account.usable',
  'account.not_frozen',
  'loan.contributing',
  'loan.deposit_months',
  'loan.no_outstanding_loan',
  'loan.past_loans',
  'loan.age_and_term',
  'loan.credit',
  'loan.amount_within_quota',
];

const LOAN_STEPS: readonly Localized[] = [
  { zh: '网上预约：选择受托银行网点和时段，系统列出需携带的材料', en: 'Book online: pick an entrusted bank window and a time slot; the booking lists what to bring' },
  { zh: '按时到网点，材料齐全当场受理，无需排队', en: 'Arrive at the booked time; complete materials are accepted on the spot' },
  { zh: '后台初审、复审、审批，3个工作日内完成', en: 'The back office reviews, re-reviews and approves within 3 working days' },
  { zh: '通知领取贷款审批书，预约网点签订借款和抵押合同', en: 'You are invited to collect the approval letter and book a window to sign the contracts' },
  { zh: '办理抵押登记后银行放款', en: 'The bank disburses after the mortgage is registered' },
];

const PREPAY_STEPS: readonly Localized[] = [STEP.applyOnline, { zh: '约定日从还款账户或公积金账户扣款', en: 'The amount is debited on the agreed date from the repayment account or the fund account' }, STEP.progress];

const loanBase = {
  category: 'loan',
  channels: ['online', 'counter'],
  atMostOneTrip: true,
  closesAccount: false,
} as const;

const postLoanBase = {
  ...loanBase,
  slaWorkingDays: POST_LOAN_SLA,
  fullyOnline: true,
  fulfilment: 'transfer',
  materials: [],
} as const;

const BORROWER_MATERIALS = [
  ...PERSONAL_BASE,
  required('bank_card'),
  when('marriage_certificate', 'married', true, IF.married),
  when('spouse_id_card', 'married', true, IF.married),
  required('hukou_booklet'),
  required('income_proof'),
  required('credit_authorisation'),
];

export const LOAN_TYPES: readonly BusinessType[] = [
  {
    ...loanBase,
    code: 'loan.purchase',
    statisticalCode: { list: 'loan_business', code: '01' },
    name: { zh: '个人住房公积金贷款（购房）', en: 'Provident-fund home-purchase loan' },
    eligibilityRules: LOAN_RULES,
    amountRule: { kind: 'loan_quota' },
    materials: [...BORROWER_MATERIALS, required('purchase_contract'), when('property_certificate', 'resale_home', true, IF.resale)],
    review: LOAN_REVIEW,
    slaWorkingDays: LOAN_SLA,
    fulfilment: 'loan_disbursement',
    fullyOnline: false,
    guide: {
      purpose: { zh: '购买自住住房时申请公积金贷款。', en: 'A provident-fund loan for buying a home to live in.' },
      whoMayApply: {
        zh: '连续足额缴存满6个月、本人及配偶无未结清公积金贷款、信用良好的职工。',
        en: 'Employees who have paid in fully for 6 consecutive months, have (with their spouse) no outstanding provident-fund loan and good credit.',
      },
      steps: LOAN_STEPS,
    },
  },
  {
    ...loanBase,
    code: 'loan.commercial_conversion',
    statisticalCode: { list: 'loan_business', code: '01' },
    name: { zh: '商业贷款转公积金贷款（商转公）', en: 'Commercial-to-provident loan conversion' },
    eligibilityRules: [...LOAN_RULES, 'withdrawal.commercial_loan_active'],
    amountRule: { kind: 'loan_quota' },
    materials: [
      ...BORROWER_MATERIALS,
      required('property_certificate'),
      required('loan_contract_commercial'),
      required('repayment_statement'),
      required('bank_opinion_letter'),
    ],
    review: LOAN_REVIEW,
    slaWorkingDays: LOAN_SLA,
    fulfilment: 'loan_disbursement',
    fullyOnline: false,
    guide: {
      purpose: {
        zh: '用公积金贷款置换自住住房的商业贷款（顺位抵押，中心放款至原贷款银行）。',
        en: 'Replaces the commercial loan on an own home with a provident-fund loan (second-position mortgage; the centre pays the original lender).',
      },
      whoMayApply: {
        zh: '商业贷款正常还款、符合公积金贷款条件的借款人；新贷款不超过商贷剩余本金。',
        en: 'Borrowers whose commercial loan is performing and who qualify for a provident-fund loan; the new loan is at most the remaining principal.',
      },
      steps: LOAN_STEPS,
    },
  },
  {
    ...postLoanBase,
    code: 'loan.prepay_partial_own',
    statisticalCode: { list: 'loan_business', code: '03' },
    name: { zh: '自有资金提前部分还款', en: 'Partial prepayment from own money' },
    eligibilityRules: ['loan.own_loan_active', 'loan.prepayment_minimum'],
    amountRule: { kind: 'loan_repayment' },
    review: AUTOMATIC,
    guide: {
      purpose: { zh: '用自有资金提前偿还部分贷款本金，可选择减少月供或缩短期限。', en: 'Prepays part of the principal from own money; keep the term or shorten it.' },
      whoMayApply: { zh: '本中心公积金贷款借款人。', en: "Borrowers of this centre's provident-fund loans." },
      steps: PREPAY_STEPS,
    },
  },
  {
    ...postLoanBase,
    code: 'loan.settle_own',
    statisticalCode: { list: 'loan_business', code: '06' },
    name: { zh: '自有资金提前结清', en: 'Full prepayment from own money' },
    eligibilityRules: ['loan.own_loan_active'],
    amountRule: { kind: 'loan_repayment' },
    review: AUTOMATIC,
    guide: {
      purpose: { zh: '用自有资金一次性结清贷款，结清证明以电子证明出具。', en: 'Settles the loan in full from own money; the settlement certificate is issued electronically.' },
      whoMayApply: { zh: '本中心公积金贷款借款人。', en: "Borrowers of this centre's provident-fund loans." },
      steps: PREPAY_STEPS,
    },
  },
  {
    ...postLoanBase,
    code: 'loan.prepay_partial_fund',
    statisticalCode: { list: 'loan_business', code: '05' },
    name: { zh: '公积金余额提前部分还款', en: 'Partial prepayment from the fund balance' },
    eligibilityRules: ['account.usable', 'account.not_frozen', 'loan.own_loan_active', 'loan.prepayment_minimum', 'loan.fund_balance_covers'],
    amountRule: { kind: 'loan_repayment' },
    review: ONE_REVIEW,
    guide: {
      purpose: { zh: '用本人及配偶公积金余额提前偿还部分贷款，无需到柜台排队。', en: 'Prepays part of the loan from the fund balances of the borrower and spouse, without queuing.' },
      whoMayApply: { zh: '本中心公积金贷款借款人及配偶。', en: "Borrowers of this centre's loans and their spouses." },
      steps: PREPAY_STEPS,
    },
  },
  {
    ...postLoanBase,
    code: 'loan.settle_fund',
    statisticalCode: { list: 'loan_business', code: '06' },
    name: { zh: '公积金余额提前结清', en: 'Full prepayment from the fund balance' },
    eligibilityRules: ['account.usable', 'account.not_frozen', 'loan.own_loan_active', 'loan.fund_balance_covers'],
    amountRule: { kind: 'loan_repayment' },
    review: ONE_REVIEW,
    guide: {
      purpose: { zh: '用公积金余额一次性结清贷款（全国跨省通办事项）。', en: 'Settles the loan in full from the fund balance (a national cross-province item).' },
      whoMayApply: { zh: '本中心公积金贷款借款人及配偶。', en: "Borrowers of this centre's loans and their spouses." },
      steps: PREPAY_STEPS,
    },
  },
];
