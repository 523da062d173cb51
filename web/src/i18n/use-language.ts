import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './language';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return {
    language: isLanguage(current) ? current : 'zh-CN',
    setLanguage: (language) => void i18n.changeLanguage(language),
  };
}
