// The staff list with office and window names resolved in the current language, ready to show.
import { useTranslation } from 'react-i18next';
import type { Office, StaffAccount } from '../../../lib/api-types';
import { localizedName } from '../../../lib/localized-name';
import { formatShanghaiDateTime } from '../../../lib/shanghai-time';
import { useOfficesQuery, useStaffAccountsQuery } from '../admin.queries';

export type AccountStatus = 'active' | 'locked' | 'disabled';

export interface StaffRow {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly office: string;
  readonly window: string;
  readonly status: AccountStatus;
  readonly statusLabel: string;
  readonly failedLogins: number;
}

export function useStaffAccounts() {
  const { t, i18n } = useTranslation();
  const staff = useStaffAccountsQuery();
  const offices = useOfficesQuery();
  const language = i18n.language;

  const names = offices.data ? placeNames(offices.data, language, (bank, windowNo) => t('shell.window', { bank, windowNo })) : null;
  const rows: StaffRow[] | undefined =
    staff.data && names
      ? staff.data.map((s) => {
          const status = statusOf(s);
          return {
            id: s.id,
            username: s.username,
            displayName: s.displayName,
            role: t(`roles.${s.role}`),
            office: names.offices.get(s.officeId) ?? s.officeId,
            window: s.windowId ? (names.windows.get(s.windowId) ?? s.windowId) : '',
            status,
            statusLabel:
              status === 'locked'
                ? t('admin.staff.status.locked', { until: formatShanghaiDateTime(s.lockedUntil ?? '', language) })
                : t(`admin.staff.status.${status}`),
            failedLogins: s.failedLogins,
          };
        })
      : undefined;

  return {
    rows,
    lockedCount: rows?.filter((r) => r.status === 'locked').length ?? 0,
    loading: staff.isPending || offices.isPending,
    error: staff.error ?? offices.error,
    retry: () => {
      if (staff.error) void staff.refetch();
      if (offices.error) void offices.refetch();
    },
  };
}

function statusOf(s: StaffAccount): AccountStatus {
  if (!s.active) return 'disabled';
  return s.lockedUntil ? 'locked' : 'active';
}

function placeNames(offices: Office[], language: string, windowLabel: (bank: string, windowNo: number) => string) {
  const officeNames = new Map<string, string>();
  const windowNames = new Map<string, string>();
  for (const o of offices) {
    officeNames.set(o.id, localizedName(language, o.nameZh, o.nameEn));
    for (const w of o.windows) windowNames.set(w.id, windowLabel(localizedName(language, w.bankZh, w.bankEn), w.windowNo));
  }
  return { offices: officeNames, windows: windowNames };
}
