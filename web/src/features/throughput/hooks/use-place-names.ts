// Office and bank-window ids → names in the current language (the API groups by id).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useOfficesQuery } from '../../supervision/supervision.queries';

export interface PlaceNames {
  office: (officeId: string) => string;
  /** null: the office's own counters and online work, not an entrusted bank's window */
  window: (windowId: string | null) => string;
}

export function usePlaceNames(): PlaceNames {
  const { t, i18n } = useTranslation();
  const offices = useOfficesQuery();
  return useMemo(() => {
    const officeNames = new Map<string, string>();
    const windowNames = new Map<string, string>();
    for (const o of offices.data ?? []) {
      officeNames.set(o.id, localizedName(i18n.language, o.nameZh, o.nameEn));
      for (const w of o.windows) windowNames.set(w.id, t('throughput.windowName', { no: w.windowNo, bank: localizedName(i18n.language, w.bankZh, w.bankEn) }));
    }
    return {
      office: (id) => officeNames.get(id) ?? id,
      window: (id) => (id === null ? t('throughput.ownCounters') : (windowNames.get(id) ?? id)),
    };
  }, [offices.data, i18n.language, t]);
}
