// Resident ID card, front: 姓名, 性别, 民族, 出生, 住址, 公民身份号码. The number is the field
// that decides cases: it must pass the GB 11643 check digit and agree with the birth date and
// sex printed beside it. When the page pass fails the check, the number's region is read again
// as one line with a digits+X whitelist.
import { parseIdNumber } from '@onetrip/workflows';
import { digitsOnly } from '../ocr/normalise-text';
import { unionBox, type OcrBox, type OcrLine, type OcrResult } from '../ocr/ocr-result';
import type { ExtractContext } from './extract-context';
import { field, type ExtractedField } from './extracted-field';
import { findLine, labelValue, linesBelow, rightOf } from './ocr-lookup';
import { DATE_PATTERN, isoDate } from './normalise-date';

interface IdRead {
  readonly value: string;
  readonly valid: boolean;
  readonly lines: OcrLine[];
  readonly birthDate?: string;
  readonly sex?: '男' | '女';
}

/** The first 18-character window of the text's digits that is a valid ID number (check digit, date). */
export function idFromText(text: string, today: string): { value: string; birthDate: string; sex: '男' | '女' } | undefined {
  const digits = digitsOnly(text, true);
  for (let i = 0; i + 18 <= digits.length; i++) {
    const r = parseIdNumber(digits.slice(i, i + 18), today);
    if (r.ok) return { value: r.info.value, birthDate: r.info.birthDate, sex: r.info.sex === 'male' ? '男' : '女' };
  }
  return undefined;
}

const digitCount = (s: string): number => (s.match(/\d/g) ?? []).length;

/** The region of the number: the digit words of the line with most digits, else the card's lower right. */
function numberRegion(ocr: OcrResult): OcrBox {
  const line = [...ocr.lines].sort((a, b) => digitCount(b.text) - digitCount(a.text))[0];
  if (line && digitCount(line.text) >= 10) {
    const words = line.words.filter((w) => digitCount(w.text) >= 2);
    const b = unionBox(words.length ? words.map((w) => w.box) : [line.box]);
    const padY = Math.round(b.h * 0.35);
    const padX = Math.round(b.h * 0.6);
    return { x: Math.max(0, b.x - padX), y: Math.max(0, b.y - padY), w: Math.min(ocr.width - Math.max(0, b.x - padX), b.w + 2 * padX), h: Math.min(ocr.height - Math.max(0, b.y - padY), b.h + 2 * padY) };
  }
  return { x: Math.round(ocr.width * 0.3), y: Math.round(ocr.height * 0.78), w: Math.round(ocr.width * 0.7), h: Math.round(ocr.height * 0.2) };
}

async function readIdNumber(ocr: OcrResult, ctx: ExtractContext): Promise<IdRead | undefined> {
  for (const line of ocr.lines) {
    const id = idFromText(line.text, ctx.today);
    if (id) return { ...id, valid: true, lines: [line] };
  }
  if (ctx.reread) {
    const region = numberRegion(ocr);
    const again = await ctx.reread(region, '0123456789X');
    const text = again.lines.map((l) => l.text).join('');
    const id = idFromText(text, ctx.today);
    const line: OcrLine = { text, confidence: again.confidence, box: region, words: [] };
    if (id) return { ...id, valid: true, lines: [line] };
  }
  const best = [...ocr.lines].sort((a, b) => digitCount(b.text) - digitCount(a.text))[0];
  if (best && digitCount(best.text) >= 15) return { value: digitsOnly(best.text, true).slice(-18), valid: false, lines: [best] };
  return undefined;
}

export async function extractIdCardFront(ocr: OcrResult, ctx: ExtractContext): Promise<ExtractedField[]> {
  const fields: ExtractedField[] = [];
  const id = await readIdNumber(ocr, ctx);

  const name = labelValue(ocr, /姓名/);
  if (name) {
    const v = name.text.replace(/[^\u4e00-\u9fff·]/g, '');
    fields.push(field('name', v, v || null, name.lines, { valid: v.length >= 2 && v.length <= 6 }));
  }

  const sexHit = findLine(ocr, /(?:性别)?\s*([男女])/);
  if (sexHit) {
    const sex = sexHit.match[1] as '男' | '女';
    const agrees = !id?.sex || id.sex === sex;
    fields.push(field('sex', sex, sex, [sexHit.line], { valid: agrees }));
  }

  const eth = findLine(ocr, /民族\W*([\u4e00-\u9fff]{1,4})/);
  if (eth) {
    const v = eth.match[1]!.replace(/^[二一]/, '');
    fields.push(field('ethnicity', v, v, [eth.line]));
  }

  const birth = findLine(ocr, DATE_PATTERN);
  if (birth) {
    const iso = isoDate(birth.match[1]!, birth.match[2]!, birth.match[3]!);
    const agrees = !id?.birthDate || id.birthDate === iso;
    fields.push(field('birthDate', birth.match[0], iso, [birth.line], { valid: iso !== null && agrees }));
  }

  const addrLabel = findLine(ocr, /住址/);
  if (addrLabel) {
    const own = addrLabel.line.text.replace(/^.*?住址\W*/, '');
    const first = own ? addrLabel.line : rightOf(ocr, addrLabel.line)[0];
    if (first) {
      const rest = linesBelow(ocr, first).filter((l) => !/公民|身份|号码/.test(l.text) && digitCount(l.text) < 12);
      const lines = [first, ...rest.slice(0, 2)];
      const v = (own || first.text) + rest.slice(0, 2).map((l) => l.text).join('');
      fields.push(field('address', v, v.replace(/\s/g, ''), lines));
    }
  }

  if (id) fields.push(field('idNumber', id.value, id.valid ? id.value : null, id.lines, { valid: id.valid, confidence: id.valid ? Math.max(...id.lines.map((l) => l.confidence)) : undefined }));
  return fields;
}
