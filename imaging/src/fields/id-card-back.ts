// Resident ID card, back: 签发机关 (issuing authority) and 有效期限 (validity, "长期" = no end).
import type { OcrResult } from '../ocr/ocr-result';
import { field, type ExtractedField } from './extracted-field';
import { isoDate } from './normalise-date';
import { findLine, labelValue } from './ocr-lookup';

export function extractIdCardBack(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const authority = labelValue(ocr, /签发机关/);
  if (authority) {
    const v = authority.text.replace(/[^\u4e00-\u9fff]/g, '');
    fields.push(field('authority', v, v || null, authority.lines, { valid: /公安/.test(v) }));
  }
  const period = findLine(ocr, /(\d{4})[.-](\d{2})[.-](\d{2})\s*[-—至]+\s*(?:(\d{4})[.-](\d{2})[.-](\d{2})|(长期))/);
  if (period) {
    const m = period.match;
    const from = isoDate(m[1]!, m[2]!, m[3]!);
    const until = m[7] ? 'long_term' : isoDate(m[4]!, m[5]!, m[6]!);
    fields.push(field('validFrom', `${m[1]}.${m[2]}.${m[3]}`, from, [period.line]));
    fields.push(field('validUntil', m[7] ?? `${m[4]}.${m[5]}.${m[6]}`, until, [period.line]));
  }
  return fields;
}
