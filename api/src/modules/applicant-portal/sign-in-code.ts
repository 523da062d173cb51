// One-time sign-in codes: six digits, stored as a salted HMAC, valid a few minutes, burnt after
// a handful of wrong tries. Pure helpers; the flow is in applicant-sign-in.service.ts.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_VALID_MINUTES = 5;
export const CODE_MAX_WRONG = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function hashCode(code: string, salt = randomBytes(16).toString('hex')): string {
  return `${salt}:${createHmac('sha256', salt).update(code).digest('hex')}`;
}

export function codeMatches(stored: string, code: string): boolean {
  const [salt, expected] = stored.split(':');
  if (!salt || !expected) return false;
  const got = hashCode(code, salt).split(':')[1]!;
  return timingSafeEqual(Buffer.from(got, 'hex'), Buffer.from(expected, 'hex'));
}
