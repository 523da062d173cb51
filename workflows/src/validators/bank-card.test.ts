import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { luhnCheckDigit, luhnValid, maskBankCard, parseBankCard } from './bank-card';

describe('Luhn', () => {
  it.each(['79927398713', '4111111111111111', '6225768888888888'])('accepts %s', (n) => {
    expect(luhnValid(n)).toBe(true);
  });

  it('property: the computed check digit always validates, and any other digit does not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^62\d{14}$/), fc.integer({ min: 1, max: 9 }), (partial, off) => {
        const check = luhnCheckDigit(partial);
        const wrong = String((Number(check) + off) % 10);
        return luhnValid(partial + check) && !luhnValid(partial + wrong);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses with spaces, refuses bad check digits and lengths', () => {
    expect(parseBankCard('6225 7688 8888 8888')).toEqual({ ok: true, value: '6225768888888888' });
    expect(parseBankCard('6225768888888889')).toEqual({ ok: false, error: 'bank_card.check_digit' });
    expect(parseBankCard('79927398713')).toEqual({ ok: false, error: 'bank_card.format' });
  });

  it('masks the middle', () => {
    expect(maskBankCard('6225768888888888')).toBe('6225 **** **** 8888');
  });
});
