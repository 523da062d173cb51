// A bank's name in the current language. The applicant lookup names a card's bank in Chinese only
// (with its id); the organisation's windows carry every bank the center works with in both.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useOfficesQuery } from '../counter.queries';

export function useBankName(): (bankId: string, nameZh: string) => string {
  const { i18n } = useTranslation();
  const offices = useOfficesQuery();
  const banks = useMemo(() => new Map((offices.data ?? []).flatMap((o) => o.windows.map((w) => [w.bankId, w] as const))), [offices.data]);
  const language = i18n.language;
  return useCallback(
    (bankId, nameZh) => {
      const bank = banks.get(bankId);
      return bank ? localizedName(language, bank.bankZh, bank.bankEn) : nameZh;
    },
    [banks, language],
  );
}
