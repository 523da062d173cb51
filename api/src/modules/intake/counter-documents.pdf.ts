// What the counter prints, laid out by imaging's document builder: the acceptance receipt
// (受理回执) the applicant takes home, and the one-time notice (一次性告知书) listing everything
// still needed when an application cannot be accepted yet. Chinese only: they are handed to
// the public in the centre's language.
import { buildTextDocumentPdf, type TextDocumentPdf } from '@onetrip/imaging';
import { shanghaiDate, type SharingSource } from '@onetrip/workflows';

export const SOURCE_ZH: Record<SharingSource, string> = {
  identity: '公安部门（身份信息）',
  household: '公安部门（户籍信息）',
  marriage: '民政部门（婚姻登记）',
  property: '不动产登记部门',
  social_security: '人力资源和社会保障部门',
  credit: '人民银行征信中心',
};

const FOOTER = '哈尔滨住房公积金管理中心\u3000最多跑一次：受理后无需再来，进度可扫码查询';
const shanghaiTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export interface ReceiptContent {
  readonly receiptNo: string;
  readonly applicantName: string;
  readonly idNumberMasked: string;
  readonly businessZh: string;
  readonly acceptedAt: string;
  readonly dueOn: string;
  readonly slaWorkingDays: number;
  readonly received: readonly { readonly name: string; readonly pages: number }[];
  readonly waived: readonly { readonly name: string; readonly source: SharingSource; readonly at: string | null }[];
  readonly progressUrl: string;
}

export function receiptPdf(r: ReceiptContent, issuedAt: Date): Promise<TextDocumentPdf> {
  return buildTextDocumentPdf({
    title: '住房公积金业务受理回执',
    subtitle: `受理编号 ${r.receiptNo}`,
    qrPayload: r.progressUrl,
    sections: [
      {
        heading: '受理信息',
        rows: [
          ['申请人', r.applicantName],
          ['身份证号', r.idNumberMasked],
          ['业务', r.businessZh],
          ['受理时间', shanghaiTime(r.acceptedAt)],
          ['承诺办结', `${r.dueOn}（${r.slaWorkingDays} 个工作日内）`],
        ],
      },
      { heading: '已收材料（电子影像，原件已当场退还）', rows: r.received.length ? r.received.map((m) => [m.name, `${m.pages} 页`] as const) : [['—', '无']] },
      {
        heading: '免于提交（已通过部门数据共享核验）',
        rows: r.waived.length ? r.waived.map((m) => [m.name, `${SOURCE_ZH[m.source]}${m.at ? `，${shanghaiTime(m.at)}` : ''}`] as const) : [['—', '无']],
      },
      { paragraphs: ['后续审核、审批和转账均在后台完成，您无需再到柜台。审核结果将以短信通知；扫描右上角二维码或凭受理编号可随时查询办理进度。'] },
    ],
    footer: FOOTER,
    metadata: { author: 'OneTrip', subject: `receipt ${r.receiptNo}`, keywords: [r.receiptNo, 'receipt'], createdAt: issuedAt },
  });
}

export interface NoticeContent {
  readonly applicantName: string;
  readonly idNumberMasked: string;
  readonly businessZh: string;
  readonly missing: readonly { readonly name: string; readonly note?: string }[];
  readonly waived: readonly { readonly name: string; readonly source: SharingSource }[];
}

export function noticePdf(n: NoticeContent, issuedAt: Date): Promise<TextDocumentPdf> {
  return buildTextDocumentPdf({
    title: '住房公积金业务一次性告知书',
    subtitle: `出具日期 ${shanghaiDate(issuedAt)}`,
    sections: [
      { heading: '申请信息', rows: [['申请人', n.applicantName], ['身份证号', n.idNumberMasked], ['业务', n.businessZh]] },
      {
        heading: '尚需提交的全部材料',
        paragraphs: n.missing.map((m, i) => `${i + 1}. ${m.name}${m.note ? `（${m.note}）` : ''}`),
      },
      ...(n.waived.length ? [{ heading: '无需提交（已通过部门数据共享核验）', rows: n.waived.map((m) => [m.name, SOURCE_ZH[m.source]] as const) }] : []),
      { paragraphs: ['以上为本业务所需的全部材料，一次告知、不再增加。材料备齐后可网上办理，或预约后到任一网点窗口一次办结。'] },
    ],
    footer: FOOTER,
    metadata: { author: 'OneTrip', subject: 'one-time notice', keywords: ['supplement_notice'], createdAt: issuedAt },
  });
}
