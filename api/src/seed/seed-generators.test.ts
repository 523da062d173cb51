import { luhnValid, parseCreditCode, parseIdNumber, parseMobile } from '@onetrip/workflows';
import { describe, expect, it } from 'vitest';
import { personName } from './chinese-names';
import { CARD_BINS, makeCardNumber, makeCreditCode, makeIdNumber, makeMobile } from './identifiers';
import { annuityOutstandingFen, annuityPaymentFen, equalPrincipalOutstandingFen } from './loan-math';
import { Rng } from './prng';
import { DEMO_SCENARIOS } from './scenarios';
import { addMonths, ageOn, monthsBetween, SEED_TODAY } from './seed-calendar';

describe('Rng', () => {
  it('repeats for a seed and differs between seeds and forks', () => {
    const draw = (r: Rng) => Array.from({ length: 5 }, () => r.next());
    expect(draw(new Rng(7))).toEqual(draw(new Rng(7)));
    expect(draw(new Rng(7))).not.toEqual(draw(new Rng(8)));
    expect(draw(new Rng(7).fork('a'))).not.toEqual(draw(new Rng(7).fork('b')));
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('identifier makers', () => {
  const rng = new Rng(42);

  it('make ID numbers the workflows validator accepts, with the sex in the sequence', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const sex = i % 2 ? 'male' : 'female';
      const id = makeIdNumber(rng, '230103', '1990-02-28', sex, taken);
      const parsed = parseIdNumber(id, SEED_TODAY);
      expect(parsed).toMatchObject({ ok: true, info: { sex, birthDate: '1990-02-28', areaCode: '230103' } });
    }
    expect(taken.size).toBe(500);
  });

  it('make credit codes with a valid GB 32100 check and GB 11714 organisation check', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = makeCreditCode(rng, i % 3 ? '91' : '12', '230102', taken);
      expect(parseCreditCode(code)).toEqual({ ok: true, value: code });
      const org = code.slice(8, 17);
      const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const sum = [3, 7, 9, 10, 5, 8, 4, 2].reduce((s, w, k) => s + chars.indexOf(org[k]!) * w, 0);
      const c = 11 - (sum % 11);
      expect(org[8]).toBe(c === 10 ? 'X' : c === 11 ? '0' : String(c));
    }
  });

  it('make Luhn-valid cards on each bank BIN and valid mobiles', () => {
    const taken = new Set<string>();
    for (const [bank, { bin, length }] of Object.entries(CARD_BINS)) {
      const card = makeCardNumber(rng, bank, taken);
      expect(card.startsWith(bin) && card.length === length && luhnValid(card)).toBe(true);
    }
    for (let i = 0; i < 100; i++) expect(parseMobile(makeMobile(rng)).ok).toBe(true);
  });

  it('scenario ID numbers are valid and fixed', () => {
    for (const s of Object.values(DEMO_SCENARIOS)) expect(parseIdNumber(s.idNumber, SEED_TODAY).ok).toBe(true);
    expect(DEMO_SCENARIOS.rentEligible.idNumber.slice(0, 17)).toBe('23010319900315031');
  });
});

describe('names', () => {
  it('are a surname plus one or two characters', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 200; i++) expect(personName(rng, i % 2 ? 'male' : 'female')).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });
});

describe('loan arithmetic', () => {
  it('matches the domain oracle: 1,000,000 yuan, 360 months, 2.60 % → 4,003.40 a month', () => {
    expect(annuityPaymentFen(100_000_000, 260, 360)).toBe(400_340);
    expect(annuityPaymentFen(80_000_000, 307.5, 300)).toBe(382_497);
  });
  it('pays down to zero at the end of the term', () => {
    expect(annuityOutstandingFen(50_000_000, 310, 240, 0)).toBe(50_000_000);
    expect(annuityOutstandingFen(50_000_000, 310, 240, 239)).toBeLessThan(annuityPaymentFen(50_000_000, 310, 240));
    expect(annuityOutstandingFen(50_000_000, 310, 240, 240)).toBe(0);
    expect(equalPrincipalOutstandingFen(36_000_000, 360, 180)).toBe(18_000_000);
  });
});

describe('seed calendar', () => {
  it('adds months with month-end clamping and counts ages', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-01', -23)).toBe('2024-12-01');
    expect(monthsBetween('2024-12-01', '2026-11-01')).toBe(23);
    expect(ageOn('1966-11-21', SEED_TODAY)).toBe(59);
    expect(ageOn('1966-11-20', SEED_TODAY)).toBe(60);
  });
});
