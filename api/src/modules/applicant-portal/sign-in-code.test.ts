import { describe, expect, it } from 'vitest';
import { codeMatches, hashCode, newCode } from './sign-in-code';

describe('sign-in codes', () => {
  it('are six digits, stored salted, and match only themselves', () => {
    const code = newCode();
    expect(code).toMatch(/^\d{6}$/);
    const a = hashCode(code);
    expect(a).not.toContain(code);
    expect(hashCode(code)).not.toBe(a); // a fresh salt each time
    expect(codeMatches(a, code)).toBe(true);
    expect(codeMatches(a, code === '000000' ? '000001' : '000000')).toBe(false);
    expect(codeMatches('garbage', code)).toBe(false);
  });
});
