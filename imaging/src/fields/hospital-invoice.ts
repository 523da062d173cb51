// Hospital invoice (医疗收费票据): hospital, date, total, self-paid part. Invoices' reading
// order scrambles (tesseract reads the two columns in either order), so every field is found
// by its label wherever it sits.
import type { OcrResult } from '../ocr/ocr-result';
import { amountField } from './amounts';
import { field, type ExtractedField } from './extracted-field';
import { normaliseDate } from './normalise-date';
import { findLine } from './ocr-lookup';

export function extractHospitalInvoice(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const hospital = findLine(ocr, /(?:医疗机构|收款单位)\W*([\u4e00-\u9fff]{2,}?(?:医院|卫生院|中心|诊所))/);
  if (hospital) fields.push(field('hospital', hospital.match[1]!, hospital.match[1]!, [hospital.line]));
  const date = findLine(ocr, /开票日期\W*(\d{4}\D{1,2}\d{1,2}\D{1,2}\d{1,2})/);
  if (date) {
    const iso = normaliseDate(date.match[1]!);
    fields.push(field('date', date.match[1]!, iso, [date.line]));
  }
  const total = amountField(ocr, 'total', /合计\W*\(?小写\)?\W*/) ?? amountField(ocr, 'total', /合计|总金额/);
  if (total) fields.push(total);
  const self = amountField(ocr, 'selfPaid', /个人自付|自付金额|个人支付/);
  if (self) fields.push(self);
  return fields;
}
