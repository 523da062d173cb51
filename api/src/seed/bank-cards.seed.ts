// Every person holds at least one debit card with one of the nine entrusted banks; about 70 %
// hold the fund's co-branded card (联名卡), and about a fifth hold a second card.
import { makeCardNumber } from './identifiers';
import type { PersonPlan } from './people.seed';
import { WeightedPicker, type Rng } from './prng';
import { addYears, laterOf, randomDate, SEED_TODAY } from './seed-calendar';

export interface CardPlan {
  readonly cardNo: string;
  readonly idNumber: string;
  readonly bankId: string;
  readonly joint: boolean;
  readonly openedOn: string;
}

const BANK_SHARE = new WeightedPicker<string>([
  ['ICBC', 18], ['CCB', 17], ['ABC', 12], ['BOC', 10], ['HRBB', 14], ['LJB', 8], ['PSBC', 9], ['BOCOM', 6], ['CMB', 6],
]);

export function planCards(rng: Rng, people: readonly PersonPlan[]): CardPlan[] {
  const taken = new Set<string>();
  const cards: CardPlan[] = [];
  for (const p of people) {
    const count = rng.chance(0.2) ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const bankId = BANK_SHARE.pick(rng);
      cards.push({
        cardNo: makeCardNumber(rng, bankId, taken),
        idNumber: p.idNumber,
        bankId,
        joint: k === 0 && rng.chance(0.7),
        openedOn: randomDate(rng, laterOf(addYears(p.birthDate, 18), '2005-01-01'), SEED_TODAY),
      });
    }
  }
  return cards;
}
