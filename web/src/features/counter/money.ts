// Money is integer fen everywhere; shown as yuan in the current language.
export function yuan(fen: number, language: string): string {
  return (fen / 100).toLocaleString(language.startsWith('en') ? 'en-US' : 'zh-CN', { style: 'currency', currency: 'CNY' });
}
