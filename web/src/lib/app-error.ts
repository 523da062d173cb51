// Errors from the API carry a stable `appCode` (plus details and, for bad input, per-field issue
// codes); the SPA shows `errors.<code>` in the current language and never the server's text.
import type { TFunction } from 'i18next';
import { formatShanghaiDateTime } from './shanghai-time';

interface AppErrorData {
  appCode?: unknown;
  details?: unknown;
  issues?: unknown;
}

/** The API's stable error code, or null when the request never got an API answer (network down). */
export function appCodeOf(error: unknown): string | null {
  const data = dataOf(error);
  return typeof data?.appCode === 'string' ? data.appCode : null;
}

/** Per-field issue codes of a `validation.invalid` answer. */
export function issueCodesOf(error: unknown): string[] {
  const issues = dataOf(error)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i: unknown) => (isRecord(i) && typeof i.code === 'string' ? [i.code] : []));
}

export function appErrorMessage(error: unknown, t: TFunction, language: string): string {
  const code = appCodeOf(error);
  if (!code) return t('errors.common.network');
  if (code === 'validation.invalid') {
    const known = issueCodesOf(error).filter((c) => t(`errors.${c}`, { defaultValue: '' }) !== '');
    if (known.length) return [...new Set(known)].map((c) => t(`errors.${c}`)).join(' ');
  }
  const details = dataOf(error)?.details;
  const until = isRecord(details) && typeof details.until === 'string' ? formatShanghaiDateTime(details.until, language) : undefined;
  // A rate limit says how long to wait, in whole minutes (`count`, for the plural forms).
  const minutes = isRecord(details) && typeof details.retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(details.retryAfterSeconds / 60)) : undefined;
  // An unknown code still tells the clerk something they can quote to the help desk.
  return t(`errors.${code}`, { until, count: minutes, defaultValue: t('errors.common.unexpected', { code }) });
}

function dataOf(error: unknown): AppErrorData | undefined {
  if (!isRecord(error)) return undefined;
  const data = error.data;
  return isRecord(data) ? data : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
