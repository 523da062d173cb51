// 民政 marriage records: about 55 % of the seeded adults are married to another seeded person
// (wife 0–5 years younger where one is free), some to someone outside the center's records,
// and some are divorced.
import { makeIdNumber } from './identifiers';
import type { PersonPlan } from './people.seed';
import type { Rng } from './prng';
import { addYears, earlierOf, laterOf, randomDate, SEED_TODAY } from './seed-calendar';

export interface MarriagePlan {
  readonly certificateNo: string;
  readonly a: string;
  readonly b: string;
  readonly status: 'married' | 'divorced';
  readonly registeredOn: string;
}

/** Spouses from elsewhere in Heilongjiang (Qiqihar, Daqing, Mudanjiang, Jiamusi, Suihua). */
const OUTSIDE_AREAS = ['230202', '230602', '231002', '230803', '231202'] as const;

export class MarriageRegistry {
  readonly records: MarriagePlan[] = [];
  /** Current spouse (status married) for people married to another seeded person. */
  readonly spouseOf = new Map<string, string>();
  private serial = 0;

  constructor(private readonly rng: Rng) {}

  register(husband: PersonPlan | { idNumber: string; birthDate: string }, wife: PersonPlan | { idNumber: string; birthDate: string }, status: 'married' | 'divorced', seeded: boolean): void {
    const from = laterOf(laterOf(addYears(husband.birthDate, 22), addYears(wife.birthDate, 20)), '1985-01-01');
    const registeredOn = randomDate(this.rng, from, SEED_TODAY > from ? SEED_TODAY : from);
    const prefix = status === 'married' ? 'J' : 'L';
    this.serial++;
    this.records.push({
      certificateNo: `${prefix}${husband.idNumber.slice(0, 6)}-${registeredOn.slice(0, 4)}-${String(this.serial).padStart(6, '0')}`,
      a: husband.idNumber,
      b: wife.idNumber,
      status,
      registeredOn,
    });
    if (status === 'married' && seeded) {
      this.spouseOf.set(husband.idNumber, wife.idNumber);
      this.spouseOf.set(wife.idNumber, husband.idNumber);
    }
  }

  /** Pairs the random people; scenario people are married by hand. */
  pairRandom(people: readonly PersonPlan[], takenIds: Set<string>): void {
    const rng = this.rng;
    const wivesByYear = new Map<number, PersonPlan[]>();
    for (const p of people) {
      if (p.sex !== 'female') continue;
      const y = Number(p.birthDate.slice(0, 4));
      (wivesByYear.get(y) ?? wivesByYear.set(y, []).get(y)!).push(p);
    }
    const unpaired = new Set(people.map((p) => p.idNumber));
    for (const husband of people) {
      if (husband.sex !== 'male' || !rng.chance(0.62)) continue;
      const year = Number(husband.birthDate.slice(0, 4));
      for (const offset of [0, 1, 2, 3, 4, 5, -1]) {
        const bucket = wivesByYear.get(year + offset);
        if (!bucket?.length) continue;
        const k = rng.int(0, bucket.length - 1);
        const wife = bucket[k]!;
        bucket[k] = bucket[bucket.length - 1]!;
        bucket.pop();
        this.register(husband, wife, rng.chance(0.92) ? 'married' : 'divorced', true);
        unpaired.delete(husband.idNumber);
        unpaired.delete(wife.idNumber);
        break;
      }
    }
    for (const p of people) {
      if (!unpaired.has(p.idNumber) || !rng.chance(0.22)) continue;
      const otherSex = p.sex === 'male' ? 'female' : 'male';
      const otherBirth = earlierOf(randomDate(rng, addYears(p.birthDate, -3), addYears(p.birthDate, 3)), '2004-06-30');
      const outsider = { idNumber: makeIdNumber(rng, rng.pick(OUTSIDE_AREAS), otherBirth, otherSex, takenIds), birthDate: otherBirth };
      const status = rng.chance(0.8) ? 'married' : 'divorced';
      if (p.sex === 'male') this.register(p, outsider, status, false);
      else this.register(outsider, p, status, false);
    }
  }
}
