// The employees: person, ID-card, hukou and social-security facts and one account each.
// Ages centre on 39 (22–64, born 1962–2004); retirement follows the pre-2025 ages (men 60,
// women 55 in public bodies and 50 elsewhere) — the 2025 gradual rise is left out of the demo.
import { addDays, harbinPolicy, policyAt } from '@onetrip/workflows';
import { ethnicity, personName, type Sex } from './chinese-names';
import type { EmployerPlan } from './employers.seed';
import { DISTRICT_WEIGHTS, DISTRICTS, homeAddress, MOVE_DESTINATIONS, policeBranch, type District } from './harbin-places';
import { makeIdNumber, makeMobile } from './identifiers';
import { WeightedPicker, type Rng } from './prng';
import {
  addMonths, addYears, ageOn, CURRENT_MONTH, earlierOf, FIRST_DEPOSIT_MONTH, laterOf, monthOf, monthsBetween, randomDate, SEED_TODAY,
} from './seed-calendar';

/** Harbin's floor (urban minimum wage) and cap (3× average wage) from the policy set; the lower, pre-July-2026 cap holds all window long. */
const BASE_LIMITS = policyAt(harbinPolicy, 'contributionBase', '2025-01-01');
export const BASE_FLOOR_FEN = BASE_LIMITS.floorFen;
export const BASE_CAP_FEN = BASE_LIMITS.capFen;

export interface AccountPlan {
  readonly accountNo: string;
  readonly employerId: string;
  readonly status: '01' | '02';
  readonly baseFen: number;
  readonly rateBp: number;
  readonly openedOn: string;
  /** Balance carried into the deposit window (earlier deposits, interest and withdrawals). */
  readonly openingFen: number;
  readonly firstDepositMonth: string;
  readonly depositMonths: number;
}

export interface PersonPlan {
  readonly idNumber: string;
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly mobile: string;
  /** Loan holders may move into the house they bought, so the address can change during planning. */
  address: string;
  readonly ethnicity: string;
  readonly hukouDistrict: District;
  readonly hukouAddress: string;
  readonly movedOutOn: string | null;
  readonly movedTo: string | null;
  readonly issuedBy: string;
  readonly validUntil: string | null;
  readonly insuredSince: string;
  readonly retiredOn: string | null;
  readonly account: AccountPlan;
  /** Scenario people are planned by hand and left alone by every random step. */
  readonly scenario: string | null;
}

/** One part (employee or unit) of a monthly deposit: base × rate rounded half up to the fen. */
export function depositPartFen(baseFen: number, rateBp: number): number {
  return Math.floor((baseFen * rateBp + 5_000) / 10_000);
}

export function monthlyDepositFen(account: AccountPlan): number {
  return 2 * depositPartFen(account.baseFen, account.rateBp);
}

/** Deposits posted before the month of `date`, plus the opening balance. */
export function fundsBefore(account: AccountPlan, date: string): number {
  const months = Math.min(account.depositMonths, Math.max(0, monthsBetween(account.firstDepositMonth, monthOf(date))));
  return account.openingFen + months * monthlyDepositFen(account);
}

export function accountNo(index: number): string {
  return `2301${String(index + 1).padStart(8, '0')}`;
}

const DISTRICT_PICKER = new WeightedPicker<District>(DISTRICTS.map((d, i) => [d, DISTRICT_WEIGHTS[i]!]));

export function pickDistrict(rng: Rng): District {
  return DISTRICT_PICKER.pick(rng);
}

export function districtByCode(code: string): District {
  return DISTRICTS.find((d) => d.code === code)!;
}

function clampBase(yuan: number): number {
  return Math.min(BASE_CAP_FEN, Math.max(BASE_FLOOR_FEN, Math.round(yuan) * 100));
}

/**
 * ID cards last 5/10/20 years or for life by age at issue (16–25: 10, 26–45: 20, 46+: long-term).
 * Walks the renewals from the first card at 16 to the one valid today; a few people let it lapse.
 */
function idCardValidUntil(rng: Rng, birthDate: string): string | null {
  let issued = addDays(addYears(birthDate, 16), rng.int(0, 400));
  for (;;) {
    const age = ageOn(birthDate, issued);
    if (age >= 46) return null;
    const expires = addYears(issued, age < 26 ? 10 : 20);
    if (expires > SEED_TODAY || rng.chance(0.005)) return expires;
    issued = addDays(expires, -rng.int(0, 60));
  }
}

export interface AccountFacts {
  readonly index: number;
  readonly employer: EmployerPlan;
  readonly baseFen: number;
  readonly openedOn: string;
  /** First month without a deposit, for sealed accounts. */
  readonly sealedFrom: string | null;
  readonly openingFen: number;
  /** Defaults to the employer's rate (unit and employee rates are equal in the demo). */
  readonly rateBp?: number;
}

export function accountPlan(f: AccountFacts): AccountPlan {
  const firstDepositMonth = laterOf(FIRST_DEPOSIT_MONTH, addMonths(monthOf(f.openedOn), 1));
  const lastDepositMonth = f.sealedFrom ? addMonths(f.sealedFrom, -1) : CURRENT_MONTH;
  return {
    accountNo: accountNo(f.index),
    employerId: f.employer.id,
    status: f.sealedFrom ? '02' : '01',
    baseFen: f.baseFen,
    rateBp: f.rateBp ?? f.employer.rateBp,
    openedOn: f.openedOn,
    openingFen: f.openingFen,
    firstDepositMonth,
    depositMonths: Math.max(0, monthsBetween(firstDepositMonth, lastDepositMonth) + 1),
  };
}

export interface PersonFacts {
  readonly idNumber: string;
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly hukouDistrict: District;
  readonly retiredOn: string | null;
  readonly movedOut: { readonly on: string; readonly to: string } | null;
  readonly account: AccountPlan;
  readonly scenario: string | null;
  readonly ethnicity?: string;
}

/** The facts every person has in common, drawn around the ones given. */
export function personPlan(rng: Rng, f: PersonFacts): PersonPlan {
  const liveIn = rng.chance(0.8) ? f.hukouDistrict : pickDistrict(rng);
  const address = homeAddress(rng, liveIn);
  return {
    idNumber: f.idNumber,
    name: f.name,
    sex: f.sex,
    birthDate: f.birthDate,
    mobile: makeMobile(rng),
    address,
    ethnicity: f.ethnicity ?? ethnicity(rng),
    hukouDistrict: f.hukouDistrict,
    hukouAddress: liveIn === f.hukouDistrict && rng.chance(0.85) ? address : homeAddress(rng, f.hukouDistrict),
    movedOutOn: f.movedOut?.on ?? null,
    movedTo: f.movedOut?.to ?? null,
    issuedBy: policeBranch(f.hukouDistrict),
    validUntil: idCardValidUntil(rng, f.birthDate),
    insuredSince: earlierOf(laterOf(addYears(f.birthDate, rng.int(19, 25)), '1995-01-01'), f.account.openedOn),
    retiredOn: f.retiredOn,
    account: f.account,
    scenario: f.scenario,
  };
}

function retirementDate(birthDate: string, sex: Sex, employer: EmployerPlan): string {
  const age = sex === 'male' ? 60 : employer.kind === 'private' ? 50 : 55;
  return addMonths(monthOf(addYears(birthDate, age)), 1);
}

/** `count` random employees, account numbers from `firstIndex`; every employer gets at least one. */
export function planRandomPeople(rng: Rng, employers: readonly EmployerPlan[], count: number, firstIndex: number, takenIds: Set<string>): PersonPlan[] {
  const byWeight = new WeightedPicker<EmployerPlan>(employers.map((e) => [e, e.weight]));
  const oldest = employers.reduce((a, b) => (a.openedOn <= b.openedOn ? a : b));
  const people: PersonPlan[] = [];
  for (let i = 0; i < count; i++) {
    const sex: Sex = rng.chance(0.5) ? 'male' : 'female';
    const age = Math.min(64, Math.max(22, Math.round(rng.normal(39, 10.5))));
    const birthDate = laterOf('1962-01-01', randomDate(rng, addDays(addYears(SEED_TODAY, -age - 1), 1), addYears(SEED_TODAY, -age)));
    const idDistrict = pickDistrict(rng);
    const idNumber = makeIdNumber(rng, idDistrict.code, birthDate, sex, takenIds);
    const hukouDistrict = rng.chance(0.75) ? idDistrict : pickDistrict(rng);

    let employer = i < employers.length ? employers[i]! : byWeight.pick(rng);
    let retiredOn: string | null = retirementDate(birthDate, sex, employer);
    if (retiredOn > SEED_TODAY) retiredOn = null;
    // A retiree must have joined a unit that already existed a year before retiring.
    for (let tries = 0; retiredOn && employer.openedOn > addYears(retiredOn, -1); tries++) {
      employer = tries < 10 ? byWeight.pick(rng) : oldest;
    }
    const hireTo = retiredOn ? addYears(retiredOn, -1) : addDays(SEED_TODAY, -20);
    const hireFrom = earlierOf(laterOf(addYears(birthDate, rng.int(20, 26)), employer.openedOn), hireTo);
    const openedOn = randomDate(rng, hireFrom, hireTo);

    let movedOut: { on: string; to: string } | null = null;
    let sealedFrom: string | null = retiredOn;
    if (!retiredOn && rng.chance(0.02)) {
      const on = randomDate(rng, addMonths(SEED_TODAY, -30), addDays(SEED_TODAY, -10));
      movedOut = { on, to: rng.pick(MOVE_DESTINATIONS) };
      sealedFrom = addMonths(monthOf(on), 1);
    } else if (!retiredOn && rng.chance(0.03)) {
      sealedFrom = addMonths(CURRENT_MONTH, -rng.int(0, 20));
    }
    // Nobody leaves a job before starting it: a too-early seal moves to the month after hiring.
    if (sealedFrom && sealedFrom <= openedOn) sealedFrom = addMonths(monthOf(openedOn), 1);
    if (sealedFrom && sealedFrom > CURRENT_MONTH) sealedFrom = null;

    const publicSector = employer.kind !== 'private';
    const baseFen = clampBase(Math.exp(rng.normal(Math.log(5_200), 0.5)) * (publicSector ? 1.25 : 1));
    const earlyMonths = Math.max(0, monthsBetween(addMonths(monthOf(openedOn), 1), earlierOf(FIRST_DEPOSIT_MONTH, sealedFrom ?? FIRST_DEPOSIT_MONTH)));
    const monthly = 2 * depositPartFen(baseFen, employer.rateBp);
    // Earlier bases were lower and some money was withdrawn: carry over 35–85 % of today's rate.
    const openingFen = Math.round(Math.min(earlyMonths, 240) * monthly * (0.35 + 0.5 * rng.next()))
      + (rng.chance(0.3) ? rng.int(0, 30_000) * 100 : 0);

    const account = accountPlan({ index: firstIndex + i, employer, baseFen, openedOn, sealedFrom, openingFen });
    people.push(personPlan(rng, {
      idNumber, name: personName(rng, sex), sex, birthDate, hukouDistrict, retiredOn, movedOut, account, scenario: null,
    }));
  }
  return people;
}
