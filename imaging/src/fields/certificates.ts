// Marriage certificate (names, ID numbers, registration date, certificate number) and property
// certificate (number, owner, address). Both are label: value pages; the property register is
// a table whose labels and values tesseract returns as two columns, so values are found to the
// right of their label, not on the next line.
import type { OcrResult } from '../ocr/ocr-result';
import type { ExtractContext } from './extract-context';
import { field, type ExtractedField } from './extracted-field';
import { idFromText } from './id-card-front';
import { DATE_PATTERN, isoDate } from './normalise-date';
import { findLine, labelValue } from './ocr-lookup';

const chineseName = (s: string): string => s.replace(/[^\u4e00-\u9fff·]/g, '');
// Not \W: without the u flag every Chinese character is a "non-word" character.

export function extractMarriageCertificate(ocr: OcrResult, ctx: ExtractContext): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const registered = findLine(ocr, new RegExp(`登记日期\\W*${DATE_PATTERN.source}`));
  if (registered) {
    const [, y, m, d] = registered.match;
    fields.push(field('registrationDate', registered.match[0].replace(/^登记日期\W*/, ''), isoDate(y!, m!, d!), [registered.line]));
  }
  const number = findLine(ocr, /结婚证字号\W*([A-Z0-9][A-Z0-9\s-]{8,})/);
  if (number) {
    const v = number.match[1]!.replace(/\s/g, '');
    fields.push(field('certificateNumber', v, v, [number.line]));
  }
  // The two spouses, in the order printed: 姓名 … then 身份证件号 … below it.
  const names = ocr.lines.map((line) => ({ line, m: /姓名[\s:;]*([\u4e00-\u9fff·]{2,6}?)(?:性别|$)/.exec(line.text) })).filter((x) => x.m);
  names.slice(0, 2).forEach(({ line, m }, i) => {
    const v = chineseName(m![1]!);
    fields.push(field(`name${i + 1}`, v, v || null, [line]));
  });
  const ids = ocr.lines.filter((l) => /身份证件号|证件号/.test(l.text));
  ids.slice(0, 2).forEach((line, i) => {
    const id = idFromText(line.text, ctx.today);
    fields.push(field(`idNumber${i + 1}`, id?.value ?? line.text.replace(/^.*?号\W*/, ''), id?.value ?? null, [line], { valid: id !== undefined }));
  });
  return fields;
}

export function extractPropertyCertificate(ocr: OcrResult): ExtractedField[] {
  const fields: ExtractedField[] = [];
  const number = findLine(ocr, /([\u4e00-\u9fff])\s*[(（]\s*(\d{4})\s*[)）]\s*([\u4e00-\u9fff]{2,10}?)\s*不动产权第\s*(\d{7})\s*号/);
  if (number) {
    const [, province, year, place, serial] = number.match;
    // Written as the certificate prints it, with full-width brackets.
    fields.push(field('certificateNumber', number.match[0], `${province}（${year}）${place}不动产权第${serial}号`, [number.line]));
  }
  const owner = labelValue(ocr, /^权利人[\s:;]*/);
  if (owner) fields.push(field('owner', owner.text, chineseName(owner.text) || null, owner.lines));
  const address = labelValue(ocr, /^坐落[\s:;]*/);
  if (address) fields.push(field('address', address.text, address.text.replace(/\s/g, '') || null, address.lines));
  return fields;
}
