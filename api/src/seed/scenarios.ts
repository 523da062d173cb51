// Fixed people the tests and demos rely on. Their names and ID numbers do not depend on the
// seed number; everything the random population does is kept away from them, so each one keeps
// the property its name promises. Dates are relative to SEED_TODAY (2026-11-20).
import { idNumberCheckChar } from '@onetrip/workflows';

export interface ScenarioSpec {
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string;
  readonly areaCode: string;
  /** The ID's 3-digit sequence: odd for men, even for women. */
  readonly sequence: string;
  readonly note: string;
  readonly baseYuan: number;
  readonly rateBp: number;
  readonly accountOpenedOn: string;
  readonly openingYuan: number;
  /** First month without a deposit (sealed accounts only). */
  readonly sealedFrom?: string;
  readonly retiredOn?: string;
  readonly movedOut?: { readonly on: string; readonly to: string };
  /** Another scenario key: the two are married to each other. */
  readonly spouse?: string;
  readonly rentWithdrawal?: { readonly on: string; readonly amountYuan: number };
  readonly fundLoan?: { readonly principalYuan: number; readonly rateBp: number; readonly termMonths: number; readonly disbursedOn: string };
  readonly commercialMortgage?: { readonly principalYuan: number; readonly openedOn: string; readonly lender: string };
}

const SPECS = {
  rentEligible: {
    name: '刘晓明', sex: 'male', birthDate: '1990-03-15', areaCode: '230103', sequence: '031',
    note: 'Renter: normal account, balance > 20,000 yuan, no withdrawal ever recorded, no loan, married (spouse rentEligibleSpouse), neither owns property.',
    baseYuan: 9_000, rateBp: 1200, accountOpenedOn: '2014-07-01', openingYuan: 30_000, spouse: 'rentEligibleSpouse',
  },
  rentEligibleSpouse: {
    name: '王丽', sex: 'female', birthDate: '1991-10-08', areaCode: '230102', sequence: '046',
    note: "rentEligible's wife: normal account, no property, no loan.",
    baseYuan: 6_000, rateBp: 1000, accountOpenedOn: '2015-09-01', openingYuan: 12_000,
  },
  rentIntervalNotReached: {
    name: '陈静', sex: 'female', birthDate: '1993-07-08', areaCode: '230110', sequence: '022',
    note: 'Renter whose last rent withdrawal was on 2026-08-12 (three months before SEED_TODAY): a new one is refused by the interval rule.',
    baseYuan: 7_500, rateBp: 1200, accountOpenedOn: '2017-03-01', openingYuan: 15_000,
    rentWithdrawal: { on: '2026-08-12', amountYuan: 18_000 },
  },
  loanOutstanding: {
    name: '赵国强', sex: 'male', birthDate: '1982-11-02', areaCode: '230104', sequence: '057',
    note: 'Active provident-fund loan (600,000 yuan, 240 months, 3.25 %, disbursed 2021-06-18) with his wife loanOutstandingSpouse as co-borrower; owns the house.',
    baseYuan: 11_000, rateBp: 1200, accountOpenedOn: '2008-04-01', openingYuan: 40_000, spouse: 'loanOutstandingSpouse',
    fundLoan: { principalYuan: 600_000, rateBp: 325, termMonths: 240, disbursedOn: '2021-06-18' },
  },
  loanOutstandingSpouse: {
    name: '孙丽华', sex: 'female', birthDate: '1984-02-19', areaCode: '230104', sequence: '064',
    note: "loanOutstanding's wife and co-borrower.",
    baseYuan: 6_500, rateBp: 1200, accountOpenedOn: '2010-08-01', openingYuan: 20_000,
  },
  retiree: {
    name: '孙秀英', sex: 'female', birthDate: '1968-05-12', areaCode: '230102', sequence: '028',
    note: 'Retired on 2023-06-01 per social security; account sealed since, balance kept, no withdrawal yet.',
    baseYuan: 5_200, rateBp: 1200, accountOpenedOn: '2001-05-01', openingYuan: 96_000,
    retiredOn: '2023-06-01', sealedFrom: '2023-06-01',
  },
  hukouMovedOut: {
    name: '周杰', sex: 'male', birthDate: '1991-09-21', areaCode: '230108', sequence: '013',
    note: 'Hukou moved out of Harbin to Shanghai on 2026-03-10; account sealed from March 2026.',
    baseYuan: 6_800, rateBp: 800, accountOpenedOn: '2016-10-01', openingYuan: 18_000,
    sealedFrom: '2026-03-01', movedOut: { on: '2026-03-10', to: '上海市浦东新区' },
  },
  sealedAccount: {
    name: '吴敏', sex: 'female', birthDate: '1988-01-30', areaCode: '230109', sequence: '086',
    note: 'Left her employer: account sealed from December 2025, still lives in Harbin, not retired.',
    baseYuan: 4_800, rateBp: 500, accountOpenedOn: '2012-02-01', openingYuan: 9_000, sealedFrom: '2025-12-01',
  },
  loanApplicant: {
    name: '郑海涛', sex: 'male', birthDate: '1989-04-17', areaCode: '230103', sequence: '075',
    note: 'Ready to apply for a first-home loan: normal account since 2015 with every month deposited, married to loanApplicantSpouse, neither owns property or has any loan.',
    baseYuan: 12_000, rateBp: 1200, accountOpenedOn: '2015-05-01', openingYuan: 45_000, spouse: 'loanApplicantSpouse',
  },
  loanApplicantSpouse: {
    name: '冯雪莹', sex: 'female', birthDate: '1990-08-09', areaCode: '230110', sequence: '048',
    note: "loanApplicant's wife: normal account, no property, no loan.",
    baseYuan: 8_000, rateBp: 1200, accountOpenedOn: '2016-01-01', openingYuan: 22_000,
  },
  commercialLoanHolder: {
    name: '马俊杰', sex: 'male', birthDate: '1985-12-03', areaCode: '230102', sequence: '091',
    note: 'Active commercial mortgage (900,000 yuan, 中国建设银行哈尔滨分行, 2022-04-15) on his registered home, no provident-fund loan: the 商转公 case.',
    baseYuan: 13_000, rateBp: 1200, accountOpenedOn: '2011-03-01', openingYuan: 50_000,
    commercialMortgage: { principalYuan: 900_000, openedOn: '2022-04-15', lender: '中国建设银行哈尔滨分行' },
  },
  // Single renters, each eligible for a rent withdrawal on their own: end-to-end specs share one
  // running app, so each spec files its applications for people no other spec touches.
  renterReviewA: {
    name: '孟凡宇', sex: 'male', birthDate: '1992-06-18', areaCode: '230111', sequence: '015',
    note: 'Single renter for the review spec: normal account, balance > 20,000 yuan, no withdrawal, no loan, no property.',
    baseYuan: 8_500, rateBp: 1200, accountOpenedOn: '2016-03-01', openingYuan: 26_000,
  },
  renterReviewB: {
    name: '邵婷婷', sex: 'female', birthDate: '1994-02-27', areaCode: '230111', sequence: '026',
    note: 'Single renter for the review spec (a second one).',
    baseYuan: 7_200, rateBp: 1200, accountOpenedOn: '2018-07-01', openingYuan: 21_000,
  },
  renterBoardA: {
    name: '钟文博', sex: 'male', birthDate: '1991-11-05', areaCode: '230111', sequence: '037',
    note: 'Single renter for the supervision spec.',
    baseYuan: 9_300, rateBp: 1200, accountOpenedOn: '2015-10-01', openingYuan: 28_000,
  },
  renterBoardB: {
    name: '欧阳静', sex: 'female', birthDate: '1993-04-22', areaCode: '230111', sequence: '048',
    note: 'Single renter for the supervision spec (a second one).',
    baseYuan: 6_900, rateBp: 1200, accountOpenedOn: '2019-02-01', openingYuan: 20_000,
  },
  renterProgress: {
    name: '邱雨桐', sex: 'female', birthDate: '1995-09-12', areaCode: '230111', sequence: '062',
    note: 'Single renter for the public pages spec (progress lookup, developer inbox).',
    baseYuan: 7_600, rateBp: 1200, accountOpenedOn: '2019-09-01', openingYuan: 19_000,
  },
} as const satisfies Record<string, ScenarioSpec>;

export type ScenarioKey = keyof typeof SPECS;

export const SCENARIO_SPECS: Readonly<Record<ScenarioKey, ScenarioSpec>> = SPECS;

export function scenarioIdNumber(spec: ScenarioSpec): string {
  const first17 = spec.areaCode + spec.birthDate.replaceAll('-', '') + spec.sequence;
  return first17 + idNumberCheckChar(first17);
}

/** The scenario people by name: what tests and demo scripts look up. */
export const DEMO_SCENARIOS: Readonly<Record<ScenarioKey, { readonly idNumber: string; readonly name: string; readonly note: string }>> =
  Object.fromEntries(
    (Object.entries(SPECS) as [ScenarioKey, ScenarioSpec][]).map(([key, spec]) => [key, { idNumber: scenarioIdNumber(spec), name: spec.name, note: spec.note }]),
  ) as Record<ScenarioKey, { idNumber: string; name: string; note: string }>;
