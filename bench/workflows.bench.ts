// Bench of the pure domain. The measured operation is one loan decision as the reviewer's screen
// asks for it: every eligibility rule of `loan.purchase`, then term, rate, quota with its binding
// limit, and the full 360-month equal-installment schedule.
import { evaluateEligibility, harbinPolicy, loanOffer, yuan, type ApplicantFacts, type LoanRequest } from '@onetrip/workflows';
import type { BenchFigure, BenchSuite } from './figure';

export const sampleLoanRequest: LoanRequest = {
  acceptedOn: '2026-03-02',
  home: 'first',
  borrowers: 'couple',
  birthDate: '1992-05-10',
  sex: 'male',
  balanceFen: yuan(48_000),
  monthlyIncomeFen: yuan(16_000),
  existingMonthlyDebtFen: 0,
  priceFen: yuan(1_500_000),
  requestedFen: yuan(1_000_000),
  requestedTermMonths: 360,
  method: 'equal_installment',
};

/** The applicant behind `sampleLoanRequest`, as the records and shared data describe them. */
export const sampleLoanFacts: ApplicantFacts = {
  birthDate: sampleLoanRequest.birthDate,
  sex: sampleLoanRequest.sex,
  account: { status: 'normal', balanceFen: sampleLoanRequest.balanceFen },
  deposits: { consecutiveMonthsPaid: 36, contributing: true },
  withdrawals: [],
  loans: { providentOutstanding: false, providentPastCount: 0, activeRepaymentAgreement: false },
  household: { married: true, homesInCity: 0, hukouInCity: true, hukouCancelledForAbroad: false, foreignNational: false },
  employment: { retired: false, contributesElsewhere: false },
  credit: { seriousBadRecord: false },
};

/** The measured operation. */
export function loanDecision(request: LoanRequest = sampleLoanRequest): unknown {
  const eligibility = evaluateEligibility({
    businessType: 'loan.purchase',
    facts: sampleLoanFacts,
    form: {
      requestedAmountFen: request.requestedFen,
      loan: { termMonths: request.requestedTermMonths, housePriceFen: request.priceFen, home: request.home, borrowers: request.borrowers, monthlyIncomeFen: request.monthlyIncomeFen },
    },
    policy: harbinPolicy,
    today: request.acceptedOn,
  });
  if (eligibility.checked.length === 0) throw new Error('bench sample no longer checks any rule');
  const offer = loanOffer(harbinPolicy, request);
  if (offer.schedule?.rows.length !== 360) throw new Error('bench sample no longer yields a 360-month schedule');
  return [eligibility, offer];
}

/** Median wall time of `op` in milliseconds over `iterations` runs, after `warmup` runs. */
export function medianMs(op: () => unknown, iterations: number, warmup = Math.min(200, iterations)): number {
  for (let i = 0; i < warmup; i++) op();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    op();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  samples.sort();
  const mid = iterations >> 1;
  return iterations % 2 === 1 ? (samples[mid] ?? 0) : ((samples[mid - 1] ?? 0) + (samples[mid] ?? 0)) / 2;
}

const suite: BenchSuite = async () => {
  const median = medianMs(() => loanDecision(), 2_000);
  const figure: BenchFigure = {
    id: 'workflows.loan_decision_median',
    label: 'loan decision: eligibility + quota + 360-month schedule (median)',
    value: Math.round(median * 1000) / 1000,
    unit: 'ms',
    target: '< 1 ms',
    pass: median < 1,
  };
  return [figure];
};

export default suite;
