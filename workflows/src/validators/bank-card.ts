// Bank card numbers: Luhn (domain.md §9.3). Domestic UnionPay debit cards are 16–19 digits.
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digit that makes `partial` + digit pass Luhn. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('unreachable');
}

export type BankCardResult = { ok: true; value: string } | { ok: false; error: 'bank_card.format' | 'bank_card.check_digit' };

export function parseBankCard(raw: string): BankCardResult {
  const value = raw.replace(/[\s-]/g, '');
  if (!/^\d{16,19}$/.test(value)) return { ok: false, error: 'bank_card.format' };
  return luhnValid(value) ? { ok: true, value } : { ok: false, error: 'bank_card.check_digit' };
}

export function maskBankCard(value: string): string {
  return value.length <= 8 ? value : value.slice(0, 4) + ' **** **** ' + value.slice(-4);
}
