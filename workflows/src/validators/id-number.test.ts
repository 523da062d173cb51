import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idNumberCheckChar, maskIdNumber, parseIdNumber } from './id-number';

const today = '2026-11-22';

describe('parseIdNumber', () => {
  it.each([
    ['34052419800101001X', 'male', '1980-01-01'],
    ['11010519491231002X', 'female', '1949-12-31'],
  ])('accepts the domain.md test vector %s', (id, sex, birth) => {
    const r = parseIdNumber(id, today);
    expect(r).toEqual({ ok: true, info: { value: id, areaCode: id.slice(0, 6), birthDate: birth, sex } });
  });

  it('rejects a wrong check digit and names the expected one', () => {
    expect(parseIdNumber('340524198001010013', today)).toEqual({ ok: false, error: 'id_number.check_digit', expectedCheck: 'X' });
  });

  it('upper-cases a trailing x', () => {
    expect(parseIdNumber('34052419800101001x', today).ok).toBe(true);
  });

  it('rejects an impossible or future birth date even with a valid check digit', () => {
    const feb30 = '11010519900230001';
    expect(parseIdNumber(feb30 + idNumberCheckChar(feb30), today)).toMatchObject({ error: 'id_number.birth_date' });
    const future = '11010520301231001';
    expect(parseIdNumber(future + idNumberCheckChar(future), today)).toMatchObject({ error: 'id_number.birth_date' });
  });

  it('rejects wrong lengths and letters', () => {
    for (const bad of ['', '1234', '3405241980010100XX', '34052419800101001X1']) {
      expect(parseIdNumber(bad, today)).toMatchObject({ ok: false, error: 'id_number.format' });
    }
  });

  it('property: changing any one digit of a valid number invalidates it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = '34052419800101001X';
        const digit = (Number(id[pos]) + delta) % 10;
        const changed = id.slice(0, pos) + digit + id.slice(pos + 1);
        return !parseIdNumber(changed, today).ok || changed === id;
      }),
      { numRuns: 1000 },
    );
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('34052419800101001X')).toBe('3405**********001X');
  });
});
