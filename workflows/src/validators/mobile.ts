// Mainland China mobile numbers: 11 digits starting 13–19 (an optional +86/86 prefix is dropped).
export type MobileResult = { ok: true; value: string } | { ok: false; error: 'mobile.format' };

export function parseMobile(raw: string): MobileResult {
  const value = raw.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(value) ? { ok: true, value } : { ok: false, error: 'mobile.format' };
}
