// Page text and phrases are compared without whitespace: OCR breaks Chinese lines and words
// where the print did not, and a clerk types a phrase without spaces.
export const compact = (text: string): string => text.replace(/\s+/g, '');

/** A LIKE pattern that matches the phrase literally anywhere (`\` is LIKE's default escape). */
export const containsPattern = (phrase: string): string => `%${compact(phrase).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A window of the text around the first occurrence of the phrase, for the result list. */
export function snippet(text: string, phrase: string, context = 20): string {
  const at = text.indexOf(phrase);
  if (at < 0) return text.slice(0, 2 * context);
  const from = Math.max(0, at - context);
  const to = Math.min(text.length, at + phrase.length + context);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
