// Both languages must say everything: the same keys, no empty strings, and every key the source
// names literally must exist. Keys built at run time (roles, error codes) are checked elsewhere.
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { flatten } from './translation-keys';

// i18next plurals: `x_one` and `x_other` are the forms of the key `x` (Chinese has only `other`),
// so both languages are compared by their keys without the plural suffix.
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const files = Object.fromEntries(
  (['zh-CN', 'en'] as const).map((lang) => [lang, new Map(flatten(catalog[lang]).map(([k, v]) => [withoutPlural(k), v] as const))]),
) as Record<'zh-CN' | 'en', Map<string, string>>;

// Every source file of the SPA except tests, read as text at build time by Vite.
const sources = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** `t('a.b')`, `i18nKey="a.b"` and props/fields named `…Key` holding a key (`labelKey: 'nav.x'`). */
const KEY_USE = /(?:\bt\(\s*|\bi18nKey=\{?\s*|\b\w+Key(?:=\{?|:)\s*)['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g;

function literalKeys(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(KEY_USE)) {
      const key = match[1]!;
      found.set(key, [...(found.get(key) ?? []), file]);
    }
  }
  return found;
}

describe('translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const missingInEn = [...files['zh-CN'].keys()].filter((k) => !files.en.has(k));
    const missingInZh = [...files.en.keys()].filter((k) => !files['zh-CN'].has(k));
    expect({ missingInEn, missingInZh }).toEqual({ missingInEn: [], missingInZh: [] });
  });

  it('has no empty values', () => {
    const empty = Object.entries(files).flatMap(([lang, map]) => [...map].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`));
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const differing = [...files['zh-CN']].filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(files.en.get(k) ?? v))).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('finds the source files and the keys they use', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(literalKeys().has('auth.login.title')).toBe(true);
    expect(literalKeys().has('nav.staffAccounts')).toBe(true);
  });

  it('has every key the source names literally, in both languages', () => {
    const missing = [...literalKeys()].flatMap(([key, where]) =>
      Object.entries(files).filter(([, map]) => !map.has(key)).map(([lang]) => `${lang}:${key} (${where.join(', ')})`),
    );
    expect(missing).toEqual([]);
  });
});
