// zh-CN and en explanations of rule and lifecycle codes, for the SPA and for notices to the
// applicant. `{name}` is replaced by a param; `{name:yuan}` formats a fen amount as yuan.
export type Lang = 'zh' | 'en';

type Templates = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

export const MESSAGES: Templates = {
  'account.closed': { zh: '公积金账户已销户（{actual}）。', en: 'The fund account is closed ({actual}).' },
  'account.frozen': { zh: '公积金账户已被冻结，解冻前不能办理。', en: 'The fund account is frozen; nothing can be paid out until it is unfrozen.' },
  'withdrawal.fraud_ban': { zh: '因骗提骗贷被限制办理，{availableOn}起方可申请。', en: 'Barred after a fraudulent claim; you may apply again from {availableOn}.' },
  'withdrawal.loan_outstanding': { zh: '本人或配偶有未结清的公积金贷款，只能办理偿还贷款提取。', en: 'You or your spouse have an outstanding provident-fund loan; only withdrawals to repay it are possible.' },
  'withdrawal.repayment_agreement_active': { zh: '存在有效的委托提取还贷协议，不能办理租房提取。', en: 'An active withdrawal-to-repay agreement rules out a rent withdrawal.' },
  'withdrawal.interval_not_reached': { zh: '距上次提取（{last}）未满规定间隔，{availableOn}起可再次提取。', en: 'The interval since the last withdrawal ({last}) has not passed; you may withdraw again from {availableOn}.' },
  'withdrawal.amount_exceeds_balance': { zh: '申请金额 {actual:yuan} 元超过账户余额 {limit:yuan} 元。', en: 'The amount requested, {actual:yuan} yuan, exceeds the balance of {limit:yuan} yuan.' },
  'withdrawal.amount_exceeds_cap': { zh: '申请金额 {actual:yuan} 元超过可提取上限 {limit:yuan} 元。', en: 'The amount requested, {actual:yuan} yuan, exceeds the limit of {limit:yuan} yuan.' },
  'withdrawal.deposit_months_insufficient': { zh: '连续足额缴存 {actual} 个月，未满 {limit} 个月。', en: 'Paid in fully for {actual} consecutive months; {limit} are required.' },
  'withdrawal.owns_home_in_city': { zh: '本人或配偶在本市有 {actual} 套住房，不符合租房提取条件。', en: 'You or your spouse own {actual} home(s) in the city, which rules out a rent withdrawal.' },
  'withdrawal.not_retired': { zh: '未达到法定退休年龄（{actual} 岁，需 {limit} 岁）且未领取养老金。', en: 'Not retired: aged {actual}, retirement age {limit}, and no pension recorded.' },
  'withdrawal.hukou_not_cancelled': { zh: '未查到出境定居注销户口记录。', en: 'No record of the hukou being cancelled to settle abroad.' },
  'withdrawal.sealed_months_insufficient': { zh: '账户封存 {actual} 个月，未满 {limit} 个月。', en: 'The account has been sealed for {actual} months; {limit} are required.' },
  'withdrawal.hukou_in_city': { zh: '户口仍在本市。', en: 'Your hukou is still registered in the city.' },
  'withdrawal.contributes_elsewhere': { zh: '已在异地缴存，请办理转移接续而非提取。', en: 'You contribute in another city: transfer the fund there instead of withdrawing it.' },
  'withdrawal.event_date_missing': { zh: '缺少合同、证书或出院日期。', en: 'The contract, certificate or discharge date is missing.' },
  'withdrawal.deadline_passed': { zh: '应在 {eventDate} 后 {months} 个月内（{limit} 前）申请。', en: 'Apply within {months} months of {eventDate}, i.e. by {limit}.' },
  'withdrawal.no_own_loan': { zh: '没有本中心未结清的公积金贷款。', en: "No unsettled loan with this centre." },
  'withdrawal.no_installment_paid': { zh: '尚未正常还款一期。', en: 'No regular instalment has been paid yet.' },
  'withdrawal.no_commercial_loan': { zh: '未查到未结清的商业住房贷款。', en: 'No unsettled commercial housing loan found.' },
  'withdrawal.commercial_loan_not_performing': { zh: '商业贷款存在逾期。', en: 'The commercial loan is in arrears.' },
  'withdrawal.home_not_owned': { zh: '未查到本人或配偶名下的该套住房。', en: 'No record of the home in your or your spouse’s name.' },
  'withdrawal.holder_not_deceased': { zh: '未查到账户所有人的死亡或宣告死亡记录。', en: 'No record of the account holder’s death or declared death.' },
  'loan.deposit_months_insufficient': { zh: '连续足额缴存 {actual} 个月，贷款需满 {limit} 个月。', en: 'Paid in fully for {actual} consecutive months; a loan needs {limit}.' },
  'loan.not_contributing': { zh: '账户不在正常缴存状态（{actual}）。', en: 'The account is not contributing ({actual}).' },
  'loan.loan_outstanding': { zh: '本人或配偶有未结清的公积金贷款。', en: 'You or your spouse have an outstanding provident-fund loan.' },
  'loan.too_many_past_loans': { zh: '家庭已使用 {actual} 次公积金贷款，最多 {limit} 次。', en: 'Your family has used {actual} provident-fund loans; at most {limit} are allowed.' },
  'loan.bad_credit': { zh: '征信存在严重不良记录。', en: 'The credit report shows a serious adverse record.' },
  'loan.details_missing': { zh: '缺少贷款申请信息（房价、期限、收入）。', en: 'Loan details (price, term, income) are missing.' },
  'loan.amount_exceeds_quota': { zh: '申请金额 {actual:yuan} 元超过可贷额度 {limit:yuan} 元。', en: 'The amount requested, {actual:yuan} yuan, exceeds the quota of {limit:yuan} yuan.' },
  'loan.no_own_loan': { zh: '没有本中心未结清的公积金贷款。', en: 'No unsettled loan with this centre.' },
  'loan.prepayment_below_minimum': { zh: '提前还款金额不得低于 {limit:yuan} 元。', en: 'A prepayment must be at least {limit:yuan} yuan.' },
  'loan.prepayment_not_partial': { zh: '金额达到贷款余额 {limit:yuan} 元，请办理提前结清。', en: 'The amount reaches the loan balance of {limit:yuan} yuan: settle the loan instead.' },
  'loan.fund_balance_insufficient': { zh: '公积金余额 {limit:yuan} 元不足。', en: 'The fund balance of {limit:yuan} yuan is not enough.' },
  'loan.age_below_minimum': { zh: '借款人须年满 {limit} 周岁。', en: 'Borrowers must be at least {limit}.' },
  'loan.term_too_long': { zh: '贷款期限 {actual} 个月超过最长 {limit} 个月。', en: 'A term of {actual} months exceeds the maximum of {limit} months.' },
  'employer.status_none_required': { zh: '该单位已开立公积金账户（{actual}）。', en: 'The unit already has a fund account ({actual}).' },
  'employer.status_sealed_required': { zh: '单位账户不在封存状态（{actual}）。', en: 'The unit account is not sealed ({actual}).' },
  'employer.status_normal_required': { zh: '单位账户不在正常状态（{actual}）。', en: 'The unit account is not in normal status ({actual}).' },
  'employer.base_below_floor': { zh: '缴存基数 {actual:yuan} 元低于下限 {limit:yuan} 元。', en: 'A base of {actual:yuan} yuan is below the floor of {limit:yuan} yuan.' },
  'employer.base_above_cap': { zh: '缴存基数 {actual:yuan} 元高于上限 {limit:yuan} 元。', en: 'A base of {actual:yuan} yuan is above the cap of {limit:yuan} yuan.' },
  'employee.no_account_here': { zh: '尚未在本市开立个人账户。', en: 'You have no personal account in this city yet.' },
  'employee.previous_account_closed': { zh: '原缴存地账户已销户，无可转入资金。', en: 'The previous city’s account is closed; there is nothing to transfer.' },
  'lifecycle.version_conflict': { zh: '该申请已被他人更新，请刷新后重试。', en: 'Someone else updated this application; refresh and try again.' },
  'lifecycle.invalid_transition': { zh: '申请当前状态（{status}）不能执行此操作。', en: 'This action is not possible while the application is {status}.' },
  'lifecycle.forbidden_role': { zh: '您的岗位不能执行此操作。', en: 'Your role cannot take this action.' },
  'lifecycle.not_applicant': { zh: '只能操作本人的申请。', en: 'You can act only on your own application.' },
  'lifecycle.four_eyes': { zh: '您已在本申请的“{earlierStep}”环节经办，不能再办理“{step}”环节。', en: 'You already acted on this application at “{earlierStep}”; someone else must handle “{step}”.' },
  'lifecycle.reasons_required': { zh: '请选择原因。', en: 'Choose a reason.' },
  'lifecycle.missing_items_required': { zh: '退回补正时须一次性列明全部缺少的材料或信息。', en: 'A return must list everything that is missing, all at once.' },
};

/** The message for `code` with params filled in; an unknown code yields the code itself. */
export function formatMessage(code: string, params: Readonly<Record<string, string | number | boolean>>, lang: Lang): string {
  const template = MESSAGES[code]?.[lang];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)(?::(yuan))?\}/g, (whole, name: string, fmt?: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return fmt === 'yuan' && typeof v === 'number' ? (v / 100).toFixed(2) : String(v);
  });
}
