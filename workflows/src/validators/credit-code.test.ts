import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, parseCreditCode } from './credit-code';

describe('parseCreditCode', () => {
  it.each(['91310110666007217T', '91310115591693856A'])('accepts %s', (code) => {
    expect(parseCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['91350211M00013FA1N', '3'],
    ['91350100M0001TGQXM', '1'],
  ])('warns (does not reject) on the pilot-era code %s', (code, computed) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(computed);
    expect(parseCreditCode(code)).toEqual({ ok: true, value: code, warning: 'credit_code.check_digit' });
  });

  it('rejects excluded letters and wrong lengths', () => {
    for (const bad of ['9131011066600721', 'I1310110666007217T', '91310110666007217O']) {
      expect(parseCreditCode(bad)).toEqual({ ok: false, error: 'credit_code.format' });
    }
  });
});
