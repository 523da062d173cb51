// The chosen language survives a reload (a shared counter PC keeps the last choice) and is
// announced on <html lang> so screen readers and the browser's CJK font choice follow it.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'onetrip.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function initialLanguage(): Language {
  const saved = readSaved();
  return isLanguage(saved) ? saved : 'zh-CN';
}

export function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled by policy; the choice then lasts for this page only.
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
