// Office id → its name in the current language (ids are what the API groups by).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useOfficesQuery } from '../supervision.queries';

export function useOfficeNames(): (officeId: string) => string {
  const { i18n } = useTranslation();
  const offices = useOfficesQuery();
  return useMemo(() => {
    const names = new Map((offices.data ?? []).map((o) => [o.id, localizedName(i18n.language, o.nameZh, o.nameEn)]));
    return (id: string) => names.get(id) ?? id;
  }, [offices.data, i18n.language]);
}
