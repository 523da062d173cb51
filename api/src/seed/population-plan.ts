// The whole demo population as plain data, computed from the seed number alone (no clock, no
// Math.random). population.ts writes it; tests re-plan it to know what the database must hold.
import { planCards, type CardPlan } from './bank-cards.seed';
import { planEmployers, type EmployerPlan } from './employers.seed';
import { HousingRegistry, type CreditPlan, type LoanPlan, type PropertyPlan } from './housing.seed';
import { MarriageRegistry, type MarriagePlan } from './marriages.seed';
import { accountPlan, districtByCode, personPlan, planRandomPeople, type PersonPlan } from './people.seed';
import { Rng } from './prng';
import { DEMO_SCENARIOS, SCENARIO_SPECS, type ScenarioKey } from './scenarios';
import { addDays, addMonths, addYears, ageOn, FIRST_DEPOSIT_MONTH, randomDate, SEED_TODAY } from './seed-calendar';
import { resolveWithdrawals, type WithdrawalPlan, type WithdrawalWish } from './withdrawals.seed';

export const DEMO_EMPLOYER_COUNT = 2_000;
export const DEMO_PERSON_COUNT = 50_000;

export interface PopulationOptions {
  readonly seed: number;
  /** Size factor (1 = the demo center's ~2,000 employers and ~50,000 people); tests use less. */
  readonly scale?: number;
}

export interface PopulationPlan {
  readonly employers: readonly EmployerPlan[];
  readonly people: readonly PersonPlan[];
  readonly withdrawals: readonly WithdrawalPlan[];
  readonly loans: readonly LoanPlan[];
  readonly cards: readonly CardPlan[];
  readonly marriages: readonly MarriagePlan[];
  readonly properties: readonly PropertyPlan[];
  readonly credits: readonly CreditPlan[];
}

function planScenarioPeople(rng: Rng, employers: readonly EmployerPlan[]): PersonPlan[] {
  return (Object.keys(SCENARIO_SPECS) as ScenarioKey[]).map((key, index) => {
    const spec = SCENARIO_SPECS[key];
    const employer = employers.find((e) => e.rateBp === spec.rateBp && e.openedOn <= spec.accountOpenedOn)
      ?? employers.find((e) => e.openedOn <= spec.accountOpenedOn)
      ?? employers[0]!;
    const account = accountPlan({
      index,
      employer,
      rateBp: spec.rateBp,
      baseFen: spec.baseYuan * 100,
      openedOn: spec.accountOpenedOn,
      sealedFrom: spec.sealedFrom ?? null,
      openingFen: spec.openingYuan * 100,
    });
    return personPlan(rng, {
      idNumber: DEMO_SCENARIOS[key].idNumber,
      name: spec.name,
      sex: spec.sex,
      birthDate: spec.birthDate,
      hukouDistrict: districtByCode(spec.areaCode),
      retiredOn: spec.retiredOn ?? null,
      movedOut: spec.movedOut ?? null,
      account,
      scenario: key,
      ethnicity: '汉',
    });
  });
}

/** Partial Fisher–Yates: `count` distinct items in random order. */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

export function planPopulation(options: PopulationOptions): PopulationPlan {
  const scale = options.scale ?? 1;
  const root = new Rng(options.seed);
  const employers = planEmployers(root.fork('employers'), Math.max(20, Math.round(DEMO_EMPLOYER_COUNT * scale)));
  const takenIds = new Set(Object.values(DEMO_SCENARIOS).map((s) => s.idNumber));
  const scenarioPeople = planScenarioPeople(root.fork('scenarios'), employers);
  const randomCount = Math.max(100, Math.round(DEMO_PERSON_COUNT * scale)) - scenarioPeople.length;
  const random = planRandomPeople(root.fork('people'), employers, randomCount, scenarioPeople.length, takenIds);
  const people = [...scenarioPeople, ...random];
  const byId = new Map(people.map((p) => [p.idNumber, p]));
  const scenario = (key: ScenarioKey) => byId.get(DEMO_SCENARIOS[key].idNumber)!;

  const marriages = new MarriageRegistry(root.fork('marriages'));
  for (const key of Object.keys(SCENARIO_SPECS) as ScenarioKey[]) {
    const spouseKey = SCENARIO_SPECS[key].spouse as ScenarioKey | undefined;
    if (!spouseKey) continue;
    const [a, b] = [scenario(key), scenario(spouseKey)];
    if (a.sex === 'male') marriages.register(a, b, 'married', true);
    else marriages.register(b, a, 'married', true);
  }
  marriages.pairRandom(random, takenIds);
  const spouseOf = marriages.spouseOf;

  // Housing: scenario loans first, then random borrowers, owners and other credit.
  const housing = new HousingRegistry(root.fork('housing'));
  const wishes = new Map<string, WithdrawalWish[]>();
  const wish = (idNumber: string, w: WithdrawalWish) => (wishes.get(idNumber) ?? wishes.set(idNumber, []).get(idNumber)!).push(w);
  for (const key of Object.keys(SCENARIO_SPECS) as ScenarioKey[]) {
    const spec: (typeof SCENARIO_SPECS)[ScenarioKey] = SCENARIO_SPECS[key];
    const person = scenario(key);
    if (spec.fundLoan) {
      housing.fundLoan(person, spouseOf.get(person.idNumber) ?? null, {
        principalFen: spec.fundLoan.principalYuan * 100,
        rateBp: spec.fundLoan.rateBp,
        termMonths: spec.fundLoan.termMonths,
        disbursedOn: spec.fundLoan.disbursedOn,
        method: 'equal_installment',
        settled: false,
      });
    }
    if (spec.commercialMortgage) {
      const { principalYuan, openedOn, lender } = spec.commercialMortgage;
      housing.buyHome(person.idNumber, addDays(openedOn, -7), Math.round(principalYuan / 0.6) * 100);
      housing.commercialMortgage(person.idNumber, lender, principalYuan * 100, openedOn);
    }
    if (spec.rentWithdrawal) wish(person.idNumber, { reasonCode: '07', on: spec.rentWithdrawal.on, amountFen: spec.rentWithdrawal.amountYuan * 100, exact: true });
  }

  const rng = root.fork('random-housing');
  const householdHasHome = new Set<string>();
  const markHome = (idNumber: string) => {
    householdHasHome.add(idNumber);
    const spouse = spouseOf.get(idNumber);
    if (spouse) householdHasHome.add(spouse);
  };
  const canBorrow = random.filter((p) => p.account.status === '01' && !p.movedOutOn && ageOn(p.birthDate, SEED_TODAY) >= 26 && ageOn(p.birthDate, SEED_TODAY) <= 58);
  for (const borrower of sample(rng, canBorrow, Math.round(0.06 * people.length))) {
    if (householdHasHome.has(borrower.idNumber)) continue;
    const spouse = spouseOf.get(borrower.idNumber);
    const loan = housing.randomFundLoan(borrower, spouse && rng.chance(0.8) ? spouse : null);
    markHome(borrower.idNumber);
    if (loan.status === 'active' && rng.chance(0.5)) {
      // Yearly 06 withdrawals toward the loan, on the disbursement anniversary.
      for (let on = loan.disbursedOn; on <= SEED_TODAY; on = addYears(on, 1)) {
        if (on >= FIRST_DEPOSIT_MONTH && on > loan.disbursedOn) wish(borrower.idNumber, { reasonCode: '06', on, amountFen: 12 * loan.monthlyPaymentFen });
      }
    }
  }
  const withoutHome = random.filter((p) => !householdHasHome.has(p.idNumber));
  const ownerChance = (0.1 * people.length) / Math.max(1, withoutHome.length);
  for (const owner of withoutHome) {
    if (!rng.chance(ownerChance)) continue;
    const home = housing.randomOwnHome(owner, rng.chance(0.3));
    markHome(owner.idNumber);
    if (home.registeredOn >= FIRST_DEPOSIT_MONTH && rng.chance(0.5)) {
      wish(owner.idNumber, { reasonCode: '01', on: addDays(home.registeredOn, 10), amountFen: Math.round(home.priceFen * 0.3) });
    }
  }
  for (const p of random) {
    if (rng.chance(0.06)) housing.randomConsumerCredit(p.idNumber, 'consumer');
    if (rng.chance(0.02)) housing.randomConsumerCredit(p.idNumber, 'car');
  }

  // Renters (no home in the household) withdraw for rent; a few other reasons.
  const renters = random.filter((p) => p.account.status === '01' && !householdHasHome.has(p.idNumber));
  const rentChance = Math.min(1, (0.08 * people.length) / Math.max(1, renters.length));
  const wrng = root.fork('withdrawals');
  for (const p of renters) {
    if (!wrng.chance(rentChance)) continue;
    const on = randomDate(wrng, addMonths(SEED_TODAY, -18), addDays(SEED_TODAY, -5));
    wish(p.idNumber, { reasonCode: '07', on, amountFen: wrng.int(60, 180) * 10_000 });
    const earlier = addYears(on, -1);
    if (earlier >= FIRST_DEPOSIT_MONTH && wrng.chance(0.4)) wish(p.idNumber, { reasonCode: '07', on: earlier, amountFen: wrng.int(60, 180) * 10_000 });
  }
  for (const p of random) {
    if (wrng.chance(0.003)) wish(p.idNumber, { reasonCode: '09', on: randomDate(wrng, FIRST_DEPOSIT_MONTH, addDays(SEED_TODAY, -3)), amountFen: wrng.int(10, 50) * 100_000 });
    if (wrng.chance(0.002)) wish(p.idNumber, { reasonCode: '99', on: randomDate(wrng, FIRST_DEPOSIT_MONTH, addDays(SEED_TODAY, -3)), amountFen: wrng.int(5, 30) * 100_000 });
  }
  const withdrawals = people.flatMap((p) => resolveWithdrawals(p, wishes.get(p.idNumber) ?? []));

  return {
    employers,
    people,
    withdrawals,
    loans: housing.loans,
    cards: planCards(root.fork('cards'), people),
    marriages: marriages.records,
    properties: housing.properties,
    credits: housing.credits,
  };
}
