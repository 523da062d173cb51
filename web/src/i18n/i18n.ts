// i18next with both languages bundled (they are small): zh-CN by default, English on request.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalog } from './catalog';
import { applyLanguage, initialLanguage, LANGUAGES } from './language';

export const resources = { 'zh-CN': { translation: catalog['zh-CN'] }, en: { translation: catalog.en } } as const;

export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', (language) => {
    applyLanguage(language);
    document.title = `${i18next.t('app.name')} · ${i18next.t('app.tagline')}`;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'zh-CN',
    supportedLngs: [...LANGUAGES],
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
  });
}
