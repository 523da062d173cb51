// Resident identity number, GB 11643-1999: 6-digit area + YYYYMMDD + 3-digit sequence
// (odd = male) + ISO 7064 MOD 11-2 check character. domain.md §9.1.
import type { CalendarDate } from '../calendar/calendar-date';
import { isRealDate, compareDates } from '../calendar/calendar-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type IdNumberError = 'id_number.format' | 'id_number.check_digit' | 'id_number.birth_date';

export interface IdNumberInfo {
  readonly value: string;
  readonly areaCode: string;
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
}

export type IdNumberResult =
  | { ok: true; info: IdNumberInfo }
  | { ok: false; error: IdNumberError; expectedCheck?: string };

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Normalises (trim, upper-case x) and validates; `today` bounds the birth date. */
export function parseIdNumber(raw: string, today: CalendarDate): IdNumberResult {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: 'id_number.format' };
  const expected = idNumberCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, error: 'id_number.check_digit', expectedCheck: expected };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(birthDate) || compareDates(birthDate, today) > 0 || birthDate < '1900-01-01') {
    return { ok: false, error: 'id_number.birth_date' };
  }
  return {
    ok: true,
    info: { value, areaCode: value.slice(0, 6), birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' },
  };
}

/** For lists: 3405**********001X — area prefix and last four kept. */
export function maskIdNumber(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}
