// The loan approval letter (贷款审批书): what was approved, on which terms, and how to sign the
// contract — composed from the application and the workflows loan offer, printed by imaging's
// document builder, kept in the archive and indexed in `documents`.
import { buildTextDocumentPdf } from '@onetrip/imaging';
import { businessType, loanOffer, maskIdNumber, shanghaiDate, type LoanOffer } from '@onetrip/workflows';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Services } from '../../trpc/context';
import type { ApplicationRow } from '../applications/application.repository';

interface LoanForm {
  details?: {
    termMonths?: number;
    housePriceFen?: number;
    home?: 'first' | 'second';
    borrowers?: 'single' | 'couple';
    monthlyIncomeFen?: number;
    existingMonthlyDebtFen?: number;
    repaymentMethod?: 'equal_installment' | 'equal_principal';
  };
}

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const percent = (ppm: number) => `${(ppm / 10_000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}%`;

/** The terms as approved: the requested amount within the quota, term and rate on the acceptance day. */
export async function approvedTerms(trx: Transaction<DB>, services: Pick<Services, 'reference'>, app: ApplicationRow): Promise<LoanOffer> {
  const form = app.form as LoanForm;
  const d = form.details ?? {};
  const person = await trx.selectFrom('persons').select(['birth_date', 'sex']).where('id_number', '=', app.applicant_id).executeTakeFirstOrThrow();
  const account = app.account_no ? await trx.selectFrom('accounts').select('balance_fen').where('account_no', '=', app.account_no).executeTakeFirst() : undefined;
  return loanOffer(services.reference.policy, {
    acceptedOn: shanghaiDate(app.accepted_at ?? app.created_at),
    home: d.home ?? 'first',
    borrowers: d.borrowers ?? 'single',
    birthDate: person.birth_date,
    sex: person.sex,
    balanceFen: account?.balance_fen ?? 0,
    monthlyIncomeFen: d.monthlyIncomeFen ?? 0,
    existingMonthlyDebtFen: d.existingMonthlyDebtFen ?? 0,
    priceFen: d.housePriceFen ?? app.amount_fen,
    requestedFen: app.amount_fen,
    requestedTermMonths: d.termMonths ?? 360,
    method: d.repaymentMethod ?? 'equal_installment',
  });
}

/** `progressUrl`: what the letter's QR code opens (progress/progress-url.ts). */
export async function approvalLetterPdf(app: ApplicationRow, offer: LoanOffer, issuedAt: Date, progressUrl: string) {
  const first = offer.schedule?.rows[0];
  return buildTextDocumentPdf({
    title: '住房公积金个人住房贷款审批书',
    subtitle: `受理编号 ${app.receipt_no ?? app.id}\u3000出具日期 ${shanghaiDate(issuedAt)}`,
    qrPayload: progressUrl,
    sections: [
      {
        heading: '借款人',
        rows: [
          ['姓名', app.applicant_name],
          ['身份证号', maskIdNumber(app.applicant_id)],
          ['业务', businessType(app.business_type as Parameters<typeof businessType>[0]).name.zh],
        ],
      },
      {
        heading: '审批结果',
        rows: [
          ['核准贷款金额', yuan(offer.amountFen)],
          ['贷款期限', `${offer.termMonths} 个月`],
          ['年利率', percent(offer.annualRatePpm)],
          ['还款方式', offer.schedule?.method === 'equal_principal' ? '等额本金' : '等额本息'],
          ['首期还款额', first ? yuan(first.paymentFen) : '—'],
          ['额度上限（约束项）', `${yuan(offer.quota.amountFen)}（${offer.quota.binding}）`],
        ],
      },
      {
        heading: '签订借款合同',
        paragraphs: [
          '请自本审批书出具之日起 30 日内，携带本人（及配偶）身份证原件，到您选定的委托银行网点签订借款合同；在网上服务大厅或柜台选择网点和日期即可，无需另行排队。',
          '合同签订后，贷款将按约定直接发放至售房人账户；如约定首次提取公积金，提取款将在放款后自动转入您的联名卡，无需再次办理。',
        ],
      },
    ],
    footer: '哈尔滨住房公积金管理中心\u3000本审批书由 OneTrip 生成，可凭受理编号在线核验',
    metadata: { author: 'OneTrip', subject: `loan approval ${app.receipt_no ?? app.id}`, keywords: [app.receipt_no ?? app.id, 'loan_approval_letter'], createdAt: issuedAt },
  });
}
