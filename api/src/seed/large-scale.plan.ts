// The shape of the large-scale load (`pnpm seed --scale large`): how a real center's two years of
// applications split over business types and offices, and the working days they fall on. The
// SQL in large-scale.seed.ts turns these small tables into a million rows without a JS row loop.
import { addDays, CATALOGUE, compareDates, isWorkingDay, isoWeekday, type BusinessTypeCode, type CalendarDate, type WorkingCalendar } from '@onetrip/workflows';

/**
 * Relative volume per business type. Rent and loan repayment withdrawals dominate the counters
 * of a real center; loans are few but long; employer services are a trickle.
 */
const TYPE_WEIGHTS: Partial<Record<BusinessTypeCode, number>> = {
  'withdrawal.rent': 33,
  'withdrawal.repay_own_loan': 18,
  'withdrawal.repay_commercial_loan': 7,
  'withdrawal.post_loan_agreement': 4,
  'withdrawal.purchase_full': 5,
  'withdrawal.purchase_with_loan': 4,
  'withdrawal.retirement': 5,
  'withdrawal.leave_city': 3,
  'withdrawal.renovation': 2,
  'withdrawal.property_fee': 1.5,
  'withdrawal.serious_illness': 1,
  'withdrawal.settle_abroad': 0.3,
  'withdrawal.expropriation': 0.3,
  'withdrawal.death': 0.6,
  'loan.purchase': 5,
  'loan.commercial_conversion': 1,
  'loan.prepay_partial_own': 2,
  'loan.settle_own': 1.5,
  'loan.prepay_partial_fund': 0.8,
  'loan.settle_fund': 0.5,
  'employer.open_account': 0.6,
  'employer.base_adjustment': 1.2,
  'employer.seal': 0.2,
  'employer.unseal': 0.2,
  'employer.transfer_employees': 0.5,
  'employee.transfer_in': 1,
};

/** Typical amount per business type in fen (the seeded amount varies from 0.4× to 1.6×). */
const TYPICAL_AMOUNT_FEN: Partial<Record<BusinessTypeCode, number>> = {
  'withdrawal.rent': 1_200_000,
  'withdrawal.repay_own_loan': 3_000_000,
  'withdrawal.repay_commercial_loan': 5_000_000,
  'withdrawal.post_loan_agreement': 2_500_000,
  'withdrawal.purchase_full': 8_000_000,
  'withdrawal.purchase_with_loan': 6_000_000,
  'withdrawal.retirement': 9_000_000,
  'withdrawal.leave_city': 4_000_000,
  'withdrawal.renovation': 3_000_000,
  'withdrawal.property_fee': 300_000,
  'withdrawal.serious_illness': 5_000_000,
  'withdrawal.settle_abroad': 7_000_000,
  'withdrawal.expropriation': 6_000_000,
  'withdrawal.death': 8_000_000,
  'loan.purchase': 50_000_000,
  'loan.commercial_conversion': 40_000_000,
  'loan.prepay_partial_own': 10_000_000,
  'loan.settle_own': 15_000_000,
  'loan.prepay_partial_fund': 8_000_000,
  'loan.settle_fund': 12_000_000,
};

export interface TypeMix {
  readonly code: BusinessTypeCode;
  readonly category: string;
  /** cumulative share [lo, hi) of the unit interval */
  readonly lo: number;
  readonly hi: number;
  readonly steps: readonly string[];
  readonly slaWorkingDays: number;
  readonly fulfilment: string;
  /** 'both' | 'counter' | 'online' */
  readonly channels: string;
  readonly typicalFen: number;
}

export function typeMix(): TypeMix[] {
  const total = CATALOGUE.reduce((s, b) => s + (TYPE_WEIGHTS[b.code] ?? 0), 0);
  let acc = 0;
  return CATALOGUE.filter((b) => (TYPE_WEIGHTS[b.code] ?? 0) > 0).map((b) => {
    const lo = acc / total;
    acc += TYPE_WEIGHTS[b.code]!;
    const channels = b.channels.length > 1 ? 'both' : b.channels[0]!;
    return {
      code: b.code, category: b.category, lo, hi: acc / total, steps: b.review.steps, slaWorkingDays: b.slaWorkingDays,
      fulfilment: b.fulfilment, channels, typicalFen: b.fulfilment === 'none' ? 0 : (TYPICAL_AMOUNT_FEN[b.code] ?? 2_000_000),
    };
  });
}

/** Share of the center's volume per office (the older, denser districts carry more). */
export const OFFICE_WEIGHTS: Record<string, number> = { 'HRB-DL': 22, 'HRB-NG': 26, 'HRB-DW': 14, 'HRB-XF': 16, 'HRB-SB': 12, 'HRB-PF': 10 };

/** The resident-ID area code of each office's district, for plausible applicant ID numbers. */
export const OFFICE_AREA: Record<string, string> = { 'HRB-DL': '230102', 'HRB-NG': '230103', 'HRB-DW': '230104', 'HRB-XF': '230110', 'HRB-SB': '230109', 'HRB-PF': '230108' };

/** Working days the load spreads over: two years back from `today`, and enough ahead for due dates. */
export const PAST_WORKING_DAYS = 496;
const FUTURE_WORKING_DAYS = 40;

/**
 * `PAST_WORKING_DAYS` working days ending on `today` (or the last working day before it),
 * followed by `FUTURE_WORKING_DAYS` more. Years without a published holiday notice count
 * Monday to Friday: close enough for seeded history, and exact wherever a notice exists.
 */
export function workingDaysAround(cal: WorkingCalendar, today: CalendarDate): CalendarDate[] {
  const working = (d: CalendarDate) => (cal.publishedYears.has(Number(d.slice(0, 4))) ? isWorkingDay(cal, d) : isoWeekday(d) < 6);
  const past: CalendarDate[] = [];
  for (let d = today; past.length < PAST_WORKING_DAYS; d = addDays(d, -1)) if (working(d)) past.push(d);
  past.reverse();
  const future: CalendarDate[] = [];
  for (let d = addDays(today, 1); future.length < FUTURE_WORKING_DAYS; d = addDays(d, 1)) if (working(d)) future.push(d);
  if (compareDates(past.at(-1)!, today) > 0) throw new Error('working days ran past today');
  return [...past, ...future];
}
