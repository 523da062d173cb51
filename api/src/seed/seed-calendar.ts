// The seed's fixed "today" and the date arithmetic it needs. The seed never reads the clock:
// the same seed number gives the same center on any day.
import { addDays, daysBetween } from '@onetrip/workflows';
import type { Rng } from './prng';

export { addDays };

export const SEED_TODAY = '2026-11-20';
/** Deposit history covers the 24 months up to and including the current one. */
export const DEPOSIT_MONTHS = 24;
export const CURRENT_MONTH = '2026-11-01';
export const FIRST_DEPOSIT_MONTH = addMonths(CURRENT_MONTH, 1 - DEPOSIT_MONTHS);

/** First day of the month that contains `date`. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function addMonths(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const day = Math.min(Number(date.slice(8, 10)), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addYears(date: string, n: number): string {
  return addMonths(date, 12 * n);
}

/** Whole months from `from` to `to` (both first-of-month dates). */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** Completed years of age on `on`. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function randomDate(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
