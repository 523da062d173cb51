// Review routes and guide steps shared by many business types (mission: withdrawals take one
// submission and one back-office review; loans go 初审 → 复审 → 审批, Harbin model).
import type { Localized, ReviewRoute } from './catalogue.types';

/** Rent, illness, purchase…: automatic checks, one review, an approver only for large amounts. */
export const ONE_REVIEW: ReviewRoute = { automaticChecks: true, steps: ['review_1'], extraApprovalAboveThreshold: true };

/** Closing and inheritance withdrawals pay out a whole account: two people look at them. */
export const TWO_REVIEWS: ReviewRoute = { automaticChecks: true, steps: ['review_1', 'review_2'], extraApprovalAboveThreshold: true };

/** Loans: 初审 → 复审 → 审批, plus an extra approval above the policy threshold (domain.md §4.8). */
export const LOAN_REVIEW: ReviewRoute = {
  automaticChecks: true,
  steps: ['review_1', 'review_2', 'approval'],
  extraApprovalAboveThreshold: true,
};

/**
 * Fully internal matters (the centre's own loan and agreement data prove everything): the
 * automatic checks decide and no person needs to look unless a check fails.
 */
export const AUTOMATIC: ReviewRoute = { automaticChecks: true, steps: [], extraApprovalAboveThreshold: false };

/** Employer services: one review, amounts are not money paid out. */
export const SERVICE_REVIEW: ReviewRoute = { automaticChecks: true, steps: ['review_1'], extraApprovalAboveThreshold: false };

export const STEP = {
  applyOnline: { zh: '在网上服务大厅、手机APP或微信提交申请并上传材料', en: 'Apply in the online hall, the app or WeChat and upload the materials' },
  orCounter: { zh: '或预约后到任一服务网点柜台一次办结受理', en: 'or book a slot and have it accepted at any counter in one visit' },
  backOffice: { zh: '后台审核，无需再次到场', en: 'The back office reviews it; no second visit is needed' },
  transfer: { zh: '审批通过后资金自动转入本人银行卡', en: 'Once approved, the money is transferred to your own bank card automatically' },
  progress: { zh: '凭受理回执号随时查询办理进度', en: 'Follow progress any time with the receipt number' },
} as const satisfies Record<string, Localized>;

export const WITHDRAWAL_STEPS: readonly Localized[] = [STEP.applyOnline, STEP.orCounter, STEP.backOffice, STEP.transfer, STEP.progress];
