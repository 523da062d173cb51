// 商转公, domain.md §4.7: a provident-fund loan that replaces (all or part of) a commercial
// mortgage. The new loan is at most the remaining commercial principal and at most the
// provident-fund quota (§4.2); the term at most the remaining commercial term and the provident
// maximum term. Whatever the fund does not cover stays commercial (商转组合, Qingdao).
import type { Fen } from '../policy/units';
import { assertFen, floorToUnit } from './rounding';

export interface ConversionInput {
  readonly commercialPrincipalFen: Fen;
  readonly commercialRemainingMonths: number;
  /** The provident-fund quota for this applicant (loanQuota().amountFen). */
  readonly quotaFen: Fen;
  /** The provident-fund maximum term (maxLoanTerm().maxTermMonths). */
  readonly maxTermMonths: number;
  readonly unitFen: Fen;
}

export interface Conversion {
  readonly amountFen: Fen;
  readonly binding: 'commercial_principal' | 'quota';
  readonly termMonths: number;
  readonly termBinding: 'commercial_term' | 'max_term';
  /** Left on the commercial loan (partial conversion, 商转组合). */
  readonly commercialRemainderFen: Fen;
}

export function conversionAmount(input: ConversionInput): Conversion {
  assertFen('commercialPrincipalFen', input.commercialPrincipalFen);
  assertFen('quotaFen', input.quotaFen);
  const byQuota = input.quotaFen < input.commercialPrincipalFen;
  const amountFen = floorToUnit(Math.min(input.quotaFen, input.commercialPrincipalFen), input.unitFen);
  const byMaxTerm = input.maxTermMonths < input.commercialRemainingMonths;
  return {
    amountFen,
    binding: byQuota ? 'quota' : 'commercial_principal',
    termMonths: Math.max(0, Math.min(input.maxTermMonths, input.commercialRemainingMonths)),
    termBinding: byMaxTerm ? 'max_term' : 'commercial_term',
    commercialRemainderFen: input.commercialPrincipalFen - amountFen,
  };
}
