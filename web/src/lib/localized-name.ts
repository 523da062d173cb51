// Names that live in the database (offices, banks) come in both languages; show the current one.
export function localizedName(language: string, zh: string, en: string): string {
  return language.startsWith('en') ? en : zh;
}
