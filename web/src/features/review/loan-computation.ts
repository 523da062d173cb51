// The loan's numbers for the decide screen, from the same pure calculators the API uses. The
// client does not see the account balance, so the balance limit comes from the server's quota
// (autoChecks.maxAmountFen): when that is lower than every limit computed here, the balance binds.
import { harbinPolicy, loanOffer, shanghaiDate, type CalendarDate, type QuotaLimit, type TermLimit } from '@onetrip/workflows';

export interface LoanDetails {
  termMonths: number;
  housePriceFen: number;
  appraisalFen?: number;
  houseAgeYears?: number;
  home: 'first' | 'second';
  borrowers: 'single' | 'couple';
  monthlyIncomeFen: number;
  existingMonthlyDebtFen?: number;
  uplifts?: string[];
  repaymentMethod: 'equal_installment' | 'equal_principal';
}

export interface LoanComputation {
  requestedFen: number;
  quotaFen: number;
  binding: QuotaLimit;
  limits: { limit: QuotaLimit; amountFen: number | null }[];
  offerFen: number;
  termMonths: number;
  requestedTermMonths: number;
  termBinding: TermLimit;
  annualRatePpm: number;
  method: LoanDetails['repaymentMethod'];
  firstPaymentFen: number | null;
  totalInterestFen: number | null;
  totalPaymentFen: number | null;
}

function isLoanDetails(d: unknown): d is LoanDetails {
  if (typeof d !== 'object' || d === null) return false;
  const r = d as Record<string, unknown>;
  return typeof r.termMonths === 'number' && typeof r.housePriceFen === 'number' && typeof r.monthlyIncomeFen === 'number';
}

/** Birth date and sex from an 18-digit resident ID number (they set the age-based term limit). */
function personFromId(idNumber: string): { birthDate: CalendarDate; sex: 'male' | 'female' } {
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}` as CalendarDate;
  return { birthDate, sex: Number(idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

// More than any city cap: the balance limit is then never the one computed here.
const UNBOUNDED_BALANCE_FEN = 1_000_000_000_00;

export function computeLoan(input: { details: unknown; idNumber: string; requestedFen: number; acceptedAt: string | null; serverQuotaFen: number | null }): LoanComputation | null {
  const { details } = input;
  if (!isLoanDetails(details) || !input.acceptedAt) return null;
  const request = {
    acceptedOn: shanghaiDate(new Date(input.acceptedAt)),
    home: details.home,
    borrowers: details.borrowers,
    uplifts: details.uplifts ?? [],
    ...personFromId(input.idNumber),
    ...(details.houseAgeYears === undefined ? {} : { houseAgeYears: details.houseAgeYears }),
    balanceFen: UNBOUNDED_BALANCE_FEN,
    monthlyIncomeFen: details.monthlyIncomeFen,
    existingMonthlyDebtFen: details.existingMonthlyDebtFen ?? 0,
    priceFen: details.housePriceFen,
    ...(details.appraisalFen === undefined ? {} : { appraisalFen: details.appraisalFen }),
    requestedFen: input.requestedFen,
    requestedTermMonths: details.termMonths,
    method: details.repaymentMethod,
  };
  const unbounded = loanOffer(harbinPolicy, request);
  const computedLimits = unbounded.quota.candidates.filter((c) => c.limit !== 'balance' && c.limit !== 'deposit_years');
  const computedMin = Math.min(...computedLimits.map((c) => c.amountFen));
  const quotaFen = input.serverQuotaFen ?? computedMin;
  const binding = quotaFen < computedMin ? 'balance' : (computedLimits.find((c) => c.amountFen === quotaFen)?.limit ?? unbounded.quota.binding);
  const offerFen = Math.min(input.requestedFen, quotaFen);
  const offer = loanOffer(harbinPolicy, { ...request, requestedFen: offerFen });
  return {
    requestedFen: input.requestedFen,
    quotaFen,
    binding,
    limits: [...computedLimits.map((c) => ({ limit: c.limit, amountFen: c.amountFen as number | null })), { limit: 'balance' as const, amountFen: binding === 'balance' ? quotaFen : null }],
    offerFen,
    termMonths: offer.termMonths,
    requestedTermMonths: details.termMonths,
    termBinding: offer.term.binding,
    annualRatePpm: offer.annualRatePpm,
    method: details.repaymentMethod,
    firstPaymentFen: offer.schedule?.rows[0]?.paymentFen ?? null,
    totalInterestFen: offer.schedule?.totalInterestFen ?? null,
    totalPaymentFen: offer.schedule?.totalPaymentFen ?? null,
  };
}
