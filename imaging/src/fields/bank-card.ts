// Bank card: the 16–19 digit number, accepted only when it passes Luhn; the bank's name when
// the card prints it.
import { parseBankCard } from '@onetrip/workflows';
import { digitsOnly } from '../ocr/normalise-text';
import type { OcrResult } from '../ocr/ocr-result';
import type { ExtractContext } from './extract-context';
import { field, type ExtractedField } from './extracted-field';
import { findLine } from './ocr-lookup';

function cardIn(text: string): string | undefined {
  const digits = digitsOnly(text);
  for (const len of [19, 16, 17, 18]) {
    for (let i = 0; i + len <= digits.length; i++) {
      const r = parseBankCard(digits.slice(i, i + len));
      if (r.ok) return r.value;
    }
  }
  return undefined;
}

export async function extractBankCard(ocr: OcrResult, ctx: ExtractContext): Promise<ExtractedField[]> {
  const fields: ExtractedField[] = [];
  const bank = findLine(ocr, /([\u4e00-\u9fff]{2,10}银行)/);
  if (bank) fields.push(field('bank', bank.match[1]!, bank.match[1]!, [bank.line]));
  const candidates = [...ocr.lines].filter((l) => (l.text.match(/\d/g) ?? []).length >= 12);
  for (const line of candidates) {
    const number = cardIn(line.text);
    if (number) {
      fields.push(field('cardNumber', number, number, [line], { valid: true, confidence: Math.max(line.confidence, 90) }));
      return fields;
    }
  }
  const best = candidates[0];
  if (best && ctx.reread) {
    const again = await ctx.reread(best.box, '0123456789 ');
    const number = cardIn(again.text);
    if (number) {
      fields.push(field('cardNumber', number, number, [{ ...best, confidence: again.confidence }], { valid: true }));
      return fields;
    }
  }
  if (best) fields.push(field('cardNumber', digitsOnly(best.text), null, [best], { valid: false }));
  return fields;
}
