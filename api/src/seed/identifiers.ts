// Valid identifiers for synthetic people, employers and cards. The check characters come from
// the workflows validators, so the seed can never disagree with what the workbench accepts.
// Only the GB 11714 organisation-code check inside the credit code is computed here: the
// workflows package does not validate it (domain.md §9.2 calls it an optional secondary check).
import { creditCodeCheckChar, idNumberCheckChar, luhnCheckDigit } from '@onetrip/workflows';
import type { Rng } from './prng';

/** `taken` guards uniqueness: the 3-digit sequence moves on (keeping its parity) on a clash. */
export function makeIdNumber(rng: Rng, areaCode: string, birthDate: string, sex: 'male' | 'female', taken: Set<string>): string {
  const ymd = birthDate.replaceAll('-', '');
  let seq = rng.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
  for (;;) {
    const first17 = `${areaCode}${ymd}${String(seq).padStart(3, '0')}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
    seq = (seq + 2) % 1000;
  }
}

const ORG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Characters both GB 11714 and GB 32100 allow (the credit code excludes I, O, S, V, Z). */
const SHARED_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function organisationCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CHARS.indexOf(first8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Registration authority + entity type: 91 company, 92 sole trader, 12 public institution, 11 government organ. */
export type CreditCodePrefix = '91' | '92' | '12' | '11';

export function makeCreditCode(rng: Rng, prefix: CreditCodePrefix, divisionCode: string, taken: Set<string>): string {
  for (;;) {
    // Codes issued since 2015 carry an "MA" organisation code; older units kept their numeric one.
    const body = prefix === '91' && rng.chance(0.6)
      ? 'MA' + Array.from({ length: 6 }, () => rng.pick([...SHARED_CHARS])).join('')
      : rng.digits(8);
    const first17 = `${prefix}${divisionCode}${body}${organisationCheckChar(body)}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** UnionPay debit BINs (62xxxx) and card lengths per entrusted bank. Demo values: real BIN tables are longer. */
export const CARD_BINS: Readonly<Record<string, { bin: string; length: number }>> = {
  ICBC: { bin: '622202', length: 19 },
  ABC: { bin: '622848', length: 19 },
  BOC: { bin: '621661', length: 19 },
  CCB: { bin: '621700', length: 19 },
  BOCOM: { bin: '622262', length: 19 },
  PSBC: { bin: '621799', length: 19 },
  HRBB: { bin: '622425', length: 16 },
  LJB: { bin: '622860', length: 16 },
  CMB: { bin: '621483', length: 16 },
};

export function makeCardNumber(rng: Rng, bankId: string, taken: Set<string>): string {
  const { bin, length } = CARD_BINS[bankId]!;
  for (;;) {
    const partial = bin + rng.digits(length - bin.length - 1);
    const card = partial + luhnCheckDigit(partial);
    if (!taken.has(card)) {
      taken.add(card);
      return card;
    }
  }
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157',
  '158', '159', '166', '176', '177', '180', '181', '186', '187', '188', '189', '191', '198', '199',
] as const;

export function makeMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}
