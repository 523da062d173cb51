import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghaiDate } from '../../../lib/shanghai-time';

/** Today's date in Beijing time, in the current language; it turns over at midnight. */
export function useShanghaiToday(): string {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return formatShanghaiDate(now, i18n.language);
}
