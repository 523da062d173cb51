// Bench of the pure domain. The measured operation is one loan decision as the reviewer's screen
// asks for it: term, rate, quota with its binding limit, and the full 360-month equal-installment
// schedule. Eligibility rules join `loanDecision` when they exist; the figure keeps its id.
import { harbinPolicy, loanOffer, yuan, type LoanRequest } from '@onetrip/workflows';
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

/** The measured operation. */
export function loanDecision(request: LoanRequest = sampleLoanRequest): unknown {
  const offer = loanOffer(harbinPolicy, request);
  if (offer.schedule?.rows.length !== 360) throw new Error('bench sample no longer yields a 360-month schedule');
  return offer;
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
    label: 'loan decision: quota + 360-month equal-installment schedule (median)',
    value: Math.round(median * 1000) / 1000,
    unit: 'ms',
    target: '< 1 ms',
    pass: median < 1,
  };
  return [figure];
};

export default suite;
