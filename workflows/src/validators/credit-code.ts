// Unified social credit code, GB 32100-2015. domain.md §9.2: a failed check is a warning
// (early pilot-region codes fail it and are legitimate), never a hard rejection.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeResult =
  | { ok: true; value: string; warning?: 'credit_code.check_digit' }
  | { ok: false; error: 'credit_code.format' };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c]!;
}

export function parseCreditCode(raw: string): CreditCodeResult {
  const value = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) {
    return { ok: false, error: 'credit_code.format' };
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: true, value, warning: 'credit_code.check_digit' };
  }
  return { ok: true, value };
}
