// The translation catalog: the shell's own files here plus one pair per feature
// (`features/<name>/i18n/{zh-CN,en}.json`), deep-merged. Each feature owns its strings, so
// features grow side by side without editing one shared file; a key defined twice is an error.
import en from './en.json';
import type { Translations } from './translation-keys';
import zhCN from './zh-CN.json';

const featureFiles = import.meta.glob<Translations>('../features/*/i18n/{zh-CN,en}.json', { eager: true, import: 'default' });

function merge(into: Translations, from: Translations, where: string, path = ''): void {
  for (const [k, v] of Object.entries(from)) {
    const key = path ? `${path}.${k}` : k;
    const existing = into[k];
    if (existing === undefined) into[k] = typeof v === 'string' ? v : structuredClone(v);
    else if (typeof existing === 'string' || typeof v === 'string') throw new Error(`translation key ${key} defined twice (${where})`);
    else merge(existing, v, where, key);
  }
}

function build(language: 'zh-CN' | 'en', base: Translations): Translations {
  const out = structuredClone(base);
  for (const [file, tree] of Object.entries(featureFiles)) {
    if (file.endsWith(`/${language}.json`)) merge(out, tree, file);
  }
  return out;
}

export const catalog = { 'zh-CN': build('zh-CN', zhCN), en: build('en', en) } as const;
