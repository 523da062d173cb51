// The texts the center sends, in Chinese (the applicant's language on SMS). Each names the
// receipt number and the business, so a message makes sense on its own; a return lists every
// missing item by its catalogue name in one message (一次性告知).
import { MATERIALS, type Fulfilment, type MaterialSpec, type MissingItem } from '@onetrip/workflows';

/** SMS signature the gateway registers for the center (the demo center is Harbin's). */
const SIGNATURE = '【哈尔滨住房公积金】';
const HOTLINE = '12329';

export type TemplateId = 'sign_in_code' | 'accepted' | 'returned' | 'approved' | 'rejected' | 'transfer_done' | 'letter_issued';

export interface NoticeFacts {
  readonly receiptNo: string;
  readonly businessName: string;
  /** the promised decision date, ISO; null while the clock is paused */
  readonly dueOn: string | null;
  readonly fulfilment: Fulfilment;
}

const zhDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const progressHint = (receiptNo: string) => `可凭受理编号${receiptNo}及身份证号后4位查询进度。`;

export function renderSignInCode(code: string, validMinutes: number): string {
  return `${SIGNATURE}您的网上服务大厅登录验证码为${code}，${validMinutes}分钟内有效。请勿告诉他人，工作人员不会向您索取验证码。`;
}

export function renderAccepted(f: NoticeFacts): string {
  const due = f.dueOn ? `承诺于${zhDate(f.dueOn)}前办结，` : '';
  return `${SIGNATURE}您的${f.businessName}申请已受理，受理编号${f.receiptNo}，${due}办理结果将短信通知您，无需再跑一趟。${progressHint(f.receiptNo)}`;
}

/** One line per missing item: a material by its catalogue name, a form field by the reviewer's note. */
export function missingItemLine(item: MissingItem): string {
  const material = item.materialId ? (MATERIALS as Record<string, MaterialSpec>)[item.materialId] : undefined;
  if (item.materialId) {
    const name = material?.name.zh ?? item.materialId;
    return item.note ? `${name}（${item.note}）` : name;
  }
  return `申请信息更正：${item.note ?? item.field ?? '请联系经办人'}`;
}

export function renderReturned(f: NoticeFacts, items: readonly MissingItem[]): string {
  const list = items.map((item, i) => `${i + 1}.${missingItemLine(item)}`).join('；');
  return (
    `${SIGNATURE}您的${f.businessName}申请（受理编号${f.receiptNo}）需补正，请一次性补齐以下${items.length}项：${list}。` +
    `请登录网上服务大厅上传后提交，补正期间不计入办结时限。${progressHint(f.receiptNo)}`
  );
}

export function renderApproved(f: NoticeFacts): string {
  const next =
    f.fulfilment === 'transfer'
      ? '款项将自动转入您的银行卡，到账后另行通知。'
      : f.fulfilment === 'loan_disbursement'
        ? '我们将通知您预约签订借款合同的网点和时间。'
        : '业务已办结。';
  return `${SIGNATURE}您的${f.businessName}申请（受理编号${f.receiptNo}）已审批通过。${next}`;
}

export function renderRejected(f: NoticeFacts): string {
  return `${SIGNATURE}很抱歉，您的${f.businessName}申请（受理编号${f.receiptNo}）未获批准。原因可登录网上服务大厅查看，或致电${HOTLINE}咨询。`;
}

export function renderTransferDone(f: NoticeFacts, transfer: { amountFen: number; cardNo: string; valueDate: string | null }): string {
  const when = transfer.valueDate ? `已于${zhDate(transfer.valueDate)}` : '已';
  return `${SIGNATURE}您的${f.businessName}（受理编号${f.receiptNo}）款项${yuan(transfer.amountFen)}元${when}转入您尾号${transfer.cardNo.slice(-4)}的银行卡，请注意查收。`;
}

/** The loan approval letter is ready: the invitation to book the contract signing (one trip). */
export function renderLetterIssued(f: NoticeFacts): string {
  return (
    `${SIGNATURE}您的${f.businessName}申请（受理编号${f.receiptNo}）已审批通过，贷款审批书已出具。` +
    `请在30日内登录网上服务大厅或致电${HOTLINE}，选择委托银行网点和日期签订借款合同，届时携带身份证原件一次办结。${progressHint(f.receiptNo)}`
  );
}
