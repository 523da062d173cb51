// A Harbin-like default policy set, from /work/shared/domain.md. Tags as there: [N] national law,
// [M] mainstream news, [S] compiled database citing the centre (verify before production),
// [U] unconfirmed — a placeholder the centre must confirm. Values whose start date is unknown
// are dated DATA_FROM: the earliest date this data set vouches for; asking about an earlier date
// fails with `policy.not_in_force` instead of silently applying today's value to the past.
import type { PolicySet } from './policy.types';
import { validatePolicySet } from './policy-set';
import { yuan } from './units';

const DATA_FROM = '2025-01-01';

export const harbinPolicy: PolicySet = validatePolicySet({
  center: 'harbin',
  name: '哈尔滨住房公积金管理中心 (default data)',
  params: {
    // National floors, PBOC announcements (domain.md §4.4). Second-home rates are floors; the
    // 2015 second-home rate is 1.1× the first-home rate.
    loanRates: [
      { from: '2015-08-26', value: { firstHomeUpTo5y: 27_500, firstHomeOver5y: 32_500, secondHomeUpTo5y: 30_250, secondHomeOver5y: 35_750 }, source: 'domain.md §4.4 [M] last adjusted 2015' },
      { from: '2022-10-01', value: { firstHomeUpTo5y: 26_000, firstHomeOver5y: 31_000, secondHomeUpTo5y: 30_250, secondHomeOver5y: 35_750 }, source: 'domain.md §4.4 [M] Xinhua 2022-09-30' },
      { from: '2024-05-18', value: { firstHomeUpTo5y: 23_500, firstHomeOver5y: 28_500, secondHomeUpTo5y: 27_750, secondHomeOver5y: 33_250 }, source: 'domain.md §4.4 [M] Xinhua 2024-05-17' },
      { from: '2025-05-08', value: { firstHomeUpTo5y: 21_000, firstHomeOver5y: 26_000, secondHomeUpTo5y: 25_250, secondHomeOver5y: 30_750 }, source: 'domain.md §4.4 [M] Xinhua 2025-05-07' },
    ],
    // Harbin publishes one cap per borrower kind; the second-home cap is assumed equal [U].
    loanCaps: [
      { from: DATA_FROM, value: { firstHome: { single: yuan(800_000), couple: yuan(1_000_000) }, secondHome: { single: yuan(800_000), couple: yuan(1_000_000) } }, source: 'domain.md §4.2 [S]' },
    ],
    loanCapUplifts: [{ from: DATA_FROM, value: { multi_child: 300_000, trade_in: 200_000 }, source: 'domain.md §4.2 [S] +30 % multi-child, +20 % trade-in' }],
    balanceMultiple: [{ from: DATA_FROM, value: 25, source: 'domain.md §4.2 [S]' }],
    downPayment: [{ from: DATA_FROM, value: { firstHome: 200_000, secondHome: 200_000 }, source: 'domain.md §4.2 [S] Harbin second home 20 %' }],
    repaymentIncomeRatio: [{ from: DATA_FROM, value: 500_000, source: 'domain.md §4.2 [U] generic 50–60 % of income' }],
    perDepositYearCapFen: [{ from: DATA_FROM, value: null, source: 'domain.md §4.2: Beijing only' }],
    loanQuotaUnitFen: [{ from: DATA_FROM, value: yuan(1), source: '[U] rounding unit not published; whole yuan' }],
    minDepositMonthsForLoan: [{ from: DATA_FROM, value: 6, source: 'domain.md §4.1 [S] Harbin ≥ 6 months' }],
    maxTermYears: [{ from: DATA_FROM, value: 30, source: 'domain.md §4.3 [O][S]' }],
    // Harbin's published age limit is 68 men / 63 women = retirement + 5; retirement ages 63 / 58
    // are the end state of the 2025 progressive-retirement decision (per-cohort ages: domain §11.10).
    retirementAge: [{ from: DATA_FROM, value: { male: 63, female: 58 }, source: 'domain.md §4.1 [S] 68/63 minus 5 [U]' }],
    yearsPastRetirement: [{ from: DATA_FROM, value: 5, source: 'domain.md §4.3 [O][S]' }],
    houseAgePlusTermYears: [{ from: DATA_FROM, value: null, source: 'Shanghai uses 50 (domain.md §4.3); Harbin unknown' }],
    rentWithdrawal: [
      { from: DATA_FROM, value: { capFen: yuan(18_000), areaCapsFen: { county: yuan(12_000) }, per: 'household', window: { kind: 'CALENDAR_YEAR' } }, source: 'domain.md §3.3 [S] 哈公积金发〔2024〕12号; window "annual" read as calendar year [U]' },
    ],
    contributionBase: [
      { from: DATA_FROM, value: { floorFen: yuan(2_270), capFen: yuan(27_083), monthlyDepositCapFen: yuan(6_500), rounding: 'fen' }, source: 'domain.md §5 [S] urban floor 2,270; rounding [U]' },
      { from: '2026-07-01', value: { floorFen: yuan(2_270), capFen: yuan(28_430), monthlyDepositCapFen: yuan(6_500), rounding: 'fen' }, source: 'domain.md §5 [S] cap raised Jul 2026' },
    ],
    contributionRates: [{ from: DATA_FROM, value: { min: 50_000, max: 120_000 }, source: 'domain.md §1.1 Art. 18 [N], §5 [N][S]' }],
    // ACT/360 follows the implementation precedent (daily factor 0.00004167, domain.md §6 [X]);
    // the basis is city-specific [U] and is a parameter for that reason.
    depositInterest: [{ from: '2016-02-21', value: { rate: 15_000, basis: 'ACT/360' }, source: 'domain.md §1.3 银发〔2016〕43号 [O][M]; basis [X][U]' }],
    slaWorkingDays: [
      { from: '2019-03-24', value: { withdrawal: 3, loan: 15 }, source: 'domain.md §1.1 Arts. 25–26 [N]; read as working days (Shanghai [O])' },
      { from: '2026-09-20', value: { withdrawal: 3, loan: 10 }, source: 'domain.md §1.2 国务院令第844号 [S]' },
    ],
    loanExtraApprovalThresholdFen: [{ from: DATA_FROM, value: yuan(800_000), source: '[U] above the single-contributor cap' }],
    counterHours: [{ from: DATA_FROM, value: { closingHour: 17, closingMinute: 0 }, source: '[U] domain.md §11.6' }],
    dailyAcceptedTarget: [{ from: DATA_FROM, value: { loan: 350 }, source: 'mission.md item 17: accepted loans rose from about 100 to 350 a day across the six main offices; the date of the change [U]' }],
  },
});
