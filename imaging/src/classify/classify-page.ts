// Which material a page is, from keywords in the OCR text and the page's shape (cards are
// 85.6×54 mm). Each kind scores the share of its keywords found; the shape adds or removes
// weight. The clerk can correct the result; confidence says how much to trust it.
import type { OcrResult } from '../ocr/ocr-result';
import type { MaterialKind } from './material-kind';

interface Rule {
  readonly kind: Exclude<MaterialKind, 'other'>;
  readonly keywords: readonly (string | RegExp)[];
  readonly card: boolean;
}

const RULES: readonly Rule[] = [
  { kind: 'id_card_front', keywords: ['姓名', '性别', '民族', '出生', '住址', /公民身份|身份号码|\d{17}[\dX]/], card: true },
  { kind: 'id_card_back', keywords: ['中华人民共和国', '居民身份证', '签发机关', '有效期限'], card: true },
  { kind: 'bank_card', keywords: [/银行/, /银联|UnionPay/i, /借记卡|信用卡|DEBIT|CREDIT/i, /\d{4}\s?\d{4}\s?\d{4}\s?\d{4}/], card: true },
  { kind: 'marriage_certificate', keywords: ['结婚证', '持证人', '登记日期', '结婚证字号', '婚姻登记'], card: false },
  { kind: 'rental_contract', keywords: ['租赁合同', '出租方', '承租方', '租金', '租赁期限'], card: false },
  { kind: 'hospital_invoice', keywords: [/收费票据|发票/, '医疗', '合计', /自付|统筹/, '开票日期'], card: false },
  { kind: 'discharge_summary', keywords: ['出院记录', /出院小结|出院诊断/, '入院日期', '出院日期', '住院号'], card: false },
  { kind: 'purchase_contract', keywords: ['买卖合同', '出卖人', '买受人', '总价款', '建筑面积'], card: false },
  { kind: 'property_certificate', keywords: ['不动产权', '权利人', '坐落', '不动产单元号', '权利性质'], card: false },
];

export interface Classification {
  readonly kind: MaterialKind;
  readonly confidence: number;
}

export function classifyPage(ocr: OcrResult, size: { width: number; height: number }): Classification {
  const text = ocr.text.replace(/\s/g, '');
  const ratio = Math.max(size.width, size.height) / Math.max(1, Math.min(size.width, size.height));
  const looksLikeCard = Math.abs(ratio - 1.586) < 0.12;
  let best: Classification = { kind: 'other', confidence: 0 };
  for (const rule of RULES) {
    const found = rule.keywords.filter((k) => (typeof k === 'string' ? text.includes(k) : k.test(text))).length;
    let score = found / rule.keywords.length;
    if (found && rule.card === looksLikeCard) score += 0.15;
    if (found && rule.card && !looksLikeCard) score -= 0.1;
    if (score > best.confidence) best = { kind: rule.kind, confidence: Math.min(1, score) };
  }
  return best.confidence >= 0.3 ? { kind: best.kind, confidence: Math.round(best.confidence * 100) / 100 } : { kind: 'other', confidence: Math.round((1 - best.confidence) * 100) / 100 };
}
