// Who is signed in, spelled out in the current language for the top bar and the landing page.
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useMe } from '../../auth/hooks/use-session';

export interface Identity {
  readonly displayName: string;
  readonly username: string;
  readonly roleLabel: string;
  readonly officeName: string;
  /** only staff seated at a bank window (clerks) */
  readonly windowLabel: string | null;
}

export function useIdentity(): Identity {
  const me = useMe();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return {
    displayName: me.displayName,
    username: me.username,
    roleLabel: t(`roles.${me.role}`),
    officeName: localizedName(language, me.office.nameZh, me.office.nameEn),
    windowLabel: me.window
      ? t('shell.window', { bank: localizedName(language, me.window.bankZh, me.window.bankEn), windowNo: me.window.windowNo })
      : null,
  };
}
