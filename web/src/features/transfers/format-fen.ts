/** Fen as yuan in the reader's language, e.g. ¥1,234.50. */
export function formatFen(fen: number, language: string): string {
  return (fen / 100).toLocaleString(language, { style: 'currency', currency: 'CNY' });
}
