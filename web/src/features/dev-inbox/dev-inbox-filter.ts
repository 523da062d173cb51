// The inbox's one filter: a mobile number, checked with the API's own rule before it is sent.
import { parseMobile } from '@onetrip/workflows';

/** '' → no filter; a valid number → that number as the API stores it; otherwise the error key. */
export function readMobileFilter(raw: string): { ok: true; mobile: string | undefined } | { ok: false; error: string } {
  if (raw.trim() === '') return { ok: true, mobile: undefined };
  const r = parseMobile(raw);
  return r.ok ? { ok: true, mobile: r.value } : { ok: false, error: `errors.${r.error}` };
}
