// Rental contract (parties, address, monthly rent, period) and house purchase contract
// (number, buyer, price, area, date): labelled lines of running text.
import type { OcrResult } from '../ocr/ocr-result';
import { amountField } from './amounts';
import { field, type ExtractedField } from './extracted-field';
import { allDates, normaliseDate } from './normalise-date';
import { findLine, labelValue } from './ocr-lookup';

const chineseName = (s: string): string => s.replace(/[^\u4e00-\u9fff·]/g, '');

export function extractRentalContract(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  for (const [key, label] of [['lessor', /出租方[^:]*[:;]/], ['lessee', /承租方[^:]*[:;]/]] as const) {
    const v = labelValue(ocr, label);
    if (v) fields.push(field(key, chineseName(v.text), chineseName(v.text) || null, v.lines));
  }
  const address = labelValue(ocr, /(?:房屋)?坐落[:;]?/);
  if (address) fields.push(field('address', address.text, address.text.replace(/\s/g, ''), address.lines));
  const rent = amountField(ocr, 'monthlyRent', /月租金/);
  if (rent) fields.push(rent);
  const period = findLine(ocr, /租赁期限/);
  if (period) {
    const [from, until] = allDates(period.line.text.replace(/[\]|lI]日/g, '1日'));
    fields.push(field('periodStart', from ?? '', from ?? null, [period.line]));
    fields.push(field('periodEnd', until ?? '', until ?? null, [period.line]));
  }
  return fields;
}

export function extractPurchaseContract(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const number = findLine(ocr, /合同编号\W*([A-Z0-9-]{6,})/);
  if (number) fields.push(field('contractNumber', number.match[1]!, number.match[1]!, [number.line]));
  const buyer = labelValue(ocr, /买受人[:;]/);
  if (buyer) fields.push(field('buyer', chineseName(buyer.text), chineseName(buyer.text) || null, buyer.lines));
  const price = amountField(ocr, 'price', /总价款|总价/);
  if (price) fields.push(price);
  const area = findLine(ocr, /面积\D{0,6}(\d+(?:\.\d{1,2})?)\s*平方米/);
  if (area) fields.push(field('area', area.match[1]!, Number(area.match[1]), [area.line]));
  const signed = findLine(ocr, /签订日期/);
  if (signed) {
    const iso = normaliseDate(signed.line.text);
    fields.push(field('signedDate', iso ?? signed.line.text, iso, [signed.line]));
  }
  return fields;
}
