// Discharge summary (出院记录): the hospital and the admission and discharge dates that date
// a medical-expense withdrawal. The two dates usually share a line, so each is read after its
// own label rather than by line.
import type { OcrResult } from '../ocr/ocr-result';
import { field, type ExtractedField } from './extracted-field';
import { DATE_PATTERN, isoDate } from './normalise-date';
import { findLine } from './ocr-lookup';

export function extractDischargeSummary(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const hospital = findLine(ocr, /([\u4e00-\u9fff]{2,}?(?:医院|卫生院|医疗中心))/);
  if (hospital) fields.push(field('hospital', hospital.match[1]!, hospital.match[1]!, [hospital.line]));
  for (const [key, label] of [['admissionDate', '入院日期'], ['dischargeDate', '出院日期']] as const) {
    const hit = findLine(ocr, new RegExp(`${label}\\W*${DATE_PATTERN.source}`));
    if (!hit) continue;
    const [whole, y, m, d] = hit.match;
    fields.push(field(key, whole.slice(label.length).replace(/^\W*/, ''), isoDate(y!, m!, d!), [hit.line]));
  }
  return fields;
}
