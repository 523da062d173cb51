// Tesseract's habits on Chinese text, undone: it puts spaces between Chinese characters,
// returns full-width punctuation as half-width (or the other way), reads ¥ as Y, and mixes
// look-alike letters into digit strings. Field extractors work on this canonical form:
// half-width ASCII punctuation, no spaces around Chinese characters.
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const SPACE_AROUND_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

const PUNCT: Record<string, string> = {
  '。': '.', '、': ',', '【': '[', '】': ']', '《': '<', '》': '>', '“': '"', '”': '"', '‘': "'", '’': "'",
  '—': '-', '－': '-', '～': '~', '·': '·', '\u3000': ' ',
};

export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[。、【】《》“”‘’—－～\u3000]/g, (c) => PUNCT[c] ?? c);
}

export function normaliseOcrText(raw: string): string {
  let s = toHalfWidth(raw.normalize('NFKC'));
  s = s.replace(SPACE_AROUND_CJK, '');
  // A yen sign read as Y/V/半 or similar before an amount.
  s = s.replace(/(^|[^A-Za-z])[YV羊](?=\s?\d)/g, '$1¥');
  return s.replace(/[ \t]+/g, ' ').trim();
}

/** Digit strings: letters tesseract confuses with digits, mapped back (for ID/card numbers). */
export function digitsOnly(s: string, keepX = false): string {
  const mapped = s
    .replace(/[Oo〇口]/g, '0')
    .replace(/[Il|l丨]/g, '1')
    .replace(/[Zz]/g, '2')
    .replace(/[Ss]/g, '5')
    .replace(/[B]/g, '8')
    .replace(/[x×]/g, 'X');
  return mapped.replace(keepX ? /[^\dX]/g : /\D/g, '');
}
