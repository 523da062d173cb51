// Field schemas reused by every form. Messages are codes (`id_number.check_digit`) that the SPA
// translates; parsers normalise (upper-case X, no spaces) so both sides store the same value.
import { z } from 'zod';
import { isRealDate } from '../calendar/calendar-date';
import { parseBankCard } from '../validators/bank-card';
import { parseCreditCode } from '../validators/credit-code';
import { parseIdNumber } from '../validators/id-number';
import { parseMobile } from '../validators/mobile';

/**
 * The schemas read no clock, so an ID number's birth date is bounded by this far date here;
 * the API re-checks "not in the future" with `parseIdNumber(value, today)` where it matters.
 */
const NO_CLOCK_BOUND = '2999-12-31';

export const idNumberSchema = z.string().transform((raw, ctx) => {
  const r = parseIdNumber(raw, NO_CLOCK_BOUND);
  if (r.ok) return r.info.value;
  ctx.addIssue({ code: 'custom', message: r.error });
  return z.NEVER;
});

export const bankCardSchema = z.string().transform((raw, ctx) => {
  const r = parseBankCard(raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.error });
  return z.NEVER;
});

export const mobileSchema = z.string().transform((raw, ctx) => {
  const r = parseMobile(raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.error });
  return z.NEVER;
});

/** A failed check digit is only a warning for credit codes (pilot-region codes, domain §9.2). */
export const creditCodeSchema = z.string().transform((raw, ctx) => {
  const r = parseCreditCode(raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.error });
  return z.NEVER;
});

/** Money is integer fen, never a float of yuan. */
export const fenSchema = z.number({ message: 'amount.not_fen' }).int('amount.not_fen').nonnegative('amount.negative').max(Number.MAX_SAFE_INTEGER, 'amount.too_large');

export const positiveFenSchema = fenSchema.refine((v) => v > 0, 'amount.zero');

export const calendarDateSchema = z.string().refine(isRealDate, 'date.invalid');

export const personNameSchema = z.string().trim().min(1, 'name.required').max(64, 'name.too_long');

export const idempotencyKeySchema = z.string().min(16, 'idempotency_key.invalid').max(128, 'idempotency_key.invalid');
