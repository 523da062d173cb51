// Where an application is, in the applicant's words (zh / en): the public progress page and the
// online hall show these, never the internal status codes or who worked on it.
import type { ApplicationStatus, Localized, ReviewStepId } from '@onetrip/workflows';

const STATUS: Record<ApplicationStatus, Localized> = {
  booked: { zh: '已预约，待柜台受理', en: 'Booked; to be accepted at the counter' },
  submitted_online: { zh: '已网上提交，待受理', en: 'Submitted online; awaiting acceptance' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_review: { zh: '审核中', en: 'Under review' },
  returned_for_supplement: { zh: '待补正材料', en: 'Waiting for your supplementary materials' },
  resubmitted: { zh: '已补正，审核中', en: 'Supplement received; under review' },
  rejected: { zh: '未获批准', en: 'Not approved' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  approved: { zh: '已审批通过', en: 'Approved' },
  transfer_pending: { zh: '审批通过，正在转账', en: 'Approved; payment in progress' },
  transferred: { zh: '已转账到卡', en: 'Paid to your card' },
  transfer_failed: { zh: '转账未成功，工作人员正在处理', en: 'Payment did not go through; staff are handling it' },
  reversed: { zh: '转账已退回，工作人员正在处理', en: 'Payment returned; staff are handling it' },
  letter_issued: { zh: '已出具贷款审批书，待预约签约', en: 'Loan approval letter issued; book your contract signing' },
  contract_booked: { zh: '已预约签订合同', en: 'Contract signing booked' },
  disbursed: { zh: '贷款已发放', en: 'Loan disbursed' },
  closed: { zh: '已办结', en: 'Completed' },
};

const STEP: Record<ReviewStepId, Localized> = {
  review_1: { zh: '初审中', en: 'First review' },
  review_2: { zh: '复审中', en: 'Second review' },
  approval: { zh: '审批中', en: 'Approval' },
  approval_extra: { zh: '审批中（大额）', en: 'Approval (large amount)' },
};

/** The plain-words label of a status; while in review, of the review step it is on. */
export function statusWords(status: string, step: string | null): Localized {
  if ((status === 'in_review' || status === 'resubmitted') && step && step in STEP) {
    const s = STEP[step as ReviewStepId];
    return status === 'resubmitted' ? { zh: `已补正，${s.zh}`, en: `Supplement received; ${s.en.toLowerCase()}` } : s;
  }
  return STATUS[status as ApplicationStatus] ?? { zh: status, en: status };
}
