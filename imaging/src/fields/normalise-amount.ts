// Amounts to integer fen, never floats: "¥12,000.00", "12000元", and the capital numerals
// Chinese invoices and contracts write to prevent tampering: 壹万贰仟元整 → 1 200 000 fen.
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 一: 1, 贰: 2, 二: 2, 两: 2, 叁: 3, 三: 3, 肆: 4, 四: 4, 伍: 5, 五: 5, 陆: 6, 六: 6, 柒: 7, 七: 7, 捌: 8, 八: 8, 玖: 9, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Capital-numeral amount → fen, or null when the text is not one. */
export function chineseAmountToFen(text: string): number | null {
  const s = text.replace(/[\s人民币:：(（)）大写]/g, '').replace(/圆/g, '元');
  const m = /^([零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九拾十佰百仟千万亿]+)元(?:([零壹一贰二叁三肆四伍五陆六柒七捌八玖九])角)?(?:零)?(?:([壹一贰二叁三肆四伍五陆六柒七捌八玖九])分)?整?$/.exec(s);
  if (!m) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of m[1]!) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[ch]!;
      digit = 0;
    } else if (ch in BIG_UNIT) {
      total = (total + section + digit) * BIG_UNIT[ch]!;
      section = 0;
      digit = 0;
    }
  }
  const yuan = total + section + digit;
  const jiao = m[2] ? DIGIT[m[2]]! : 0;
  const fen = m[3] ? DIGIT[m[3]]! : 0;
  return yuan * 100 + jiao * 10 + fen;
}

/** "¥12,000.00" / "12000元" / "1,234.5" → fen; null when no amount is there. */
export function decimalAmountToFen(text: string): number | null {
  const m = /(\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.·](\d{1,2}))?/.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  const yuan = Number(m[1]!.replace(/[,，]/g, ''));
  const cents = m[2] ? Number(m[2].padEnd(2, '0')) : 0;
  return Number.isSafeInteger(yuan) ? yuan * 100 + cents : null;
}
