// The calculation half of a loan decision: term, rate, quota and repayment schedule with the
// policy in force on the acceptance date (a later rate change does not touch it). Eligibility
// rules live in rules/ and run before this; the bench measures both together.
import type { CalendarDate } from '../calendar/calendar-date';
import { loanRateAt, needsExtraApproval, type Borrowers, type HomeCount } from '../policy/policy-accessors';
import type { PolicySet } from '../policy/policy.types';
import type { Fen, Ppm } from '../policy/units';
import { equalInstallmentSchedule } from './equal-installment';
import { equalPrincipalSchedule } from './equal-principal';
import { loanQuota, quotaLimitsAt, type LoanQuota } from './loan-quota';
import { maxLoanTermAt, type LoanTerm } from './loan-term';
import type { RepaymentMethod, Schedule } from './schedule.types';

export interface LoanRequest {
  readonly acceptedOn: CalendarDate;
  readonly home: HomeCount;
  readonly borrowers: Borrowers;
  readonly uplifts?: readonly string[];
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
  readonly houseAgeYears?: number;
  readonly balanceFen: Fen;
  readonly monthlyIncomeFen: Fen;
  readonly existingMonthlyDebtFen: Fen;
  readonly priceFen: Fen;
  readonly appraisalFen?: Fen;
  readonly depositYears?: number;
  readonly requestedFen: Fen;
  readonly requestedTermMonths: number;
  readonly method: RepaymentMethod;
}

export interface LoanOffer {
  readonly term: LoanTerm;
  readonly termMonths: number;
  readonly annualRatePpm: Ppm;
  readonly quota: LoanQuota;
  /** min(requested, quota). */
  readonly amountFen: Fen;
  readonly needsExtraApproval: boolean;
  /** null when no loan is possible (quota or term 0). */
  readonly schedule: Schedule | null;
}

export function loanOffer(set: PolicySet, req: LoanRequest): LoanOffer {
  const date = req.acceptedOn;
  const term = maxLoanTermAt(set, { applicationDate: date, birthDate: req.birthDate, sex: req.sex, ...(req.houseAgeYears === undefined ? {} : { houseAgeYears: req.houseAgeYears }) });
  const termMonths = Math.min(req.requestedTermMonths, term.maxTermMonths);
  // The rate tier follows the contract term, so it is chosen after the term is capped.
  const annualRatePpm = loanRateAt(set, date, req.home, Math.max(termMonths, 1));
  const quota = loanQuota({
    limits: quotaLimitsAt(set, date, req.home, req.borrowers, req.uplifts ?? []),
    balanceFen: req.balanceFen,
    monthlyIncomeFen: req.monthlyIncomeFen,
    existingMonthlyDebtFen: req.existingMonthlyDebtFen,
    priceFen: req.priceFen,
    ...(req.appraisalFen === undefined ? {} : { appraisalFen: req.appraisalFen }),
    ...(req.depositYears === undefined ? {} : { depositYears: req.depositYears }),
    annualRatePpm,
    termMonths: Math.max(termMonths, 1),
  });
  const amountFen = termMonths < 1 ? 0 : Math.min(req.requestedFen, quota.amountFen);
  const loan = { principalFen: amountFen, months: Math.max(termMonths, 1), annualRatePpm };
  const schedule = amountFen <= 0 ? null : req.method === 'equal_installment' ? equalInstallmentSchedule(loan) : equalPrincipalSchedule(loan);
  return { term, termMonths, annualRatePpm, quota, amountFen, needsExtraApproval: needsExtraApproval(set, date, amountFen), schedule };
}
