// The SPA's own catalog in a fresh i18next instance, for tests of code that takes a `t`
// (export row builders): they see the real headers and plurals, not echoed keys.
import i18next, { type TFunction } from 'i18next';
import { catalog } from './catalog';

export async function testTranslator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: catalog['zh-CN'] }, en: { translation: catalog.en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
