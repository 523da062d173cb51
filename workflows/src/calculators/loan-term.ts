// Maximum loan term, domain.md §4.3: the city's maximum, the age limit (age at the end of the
// loan ≤ retirement age + N years, counted in calendar months from the birth date so birthdays
// fall on the right day), and for resale homes house age + term ≤ a limit where the city has one.
import { addCalendarMonths, wholeMonthsBetween } from '../calendar/calendar-months';
import type { CalendarDate } from '../calendar/calendar-date';
import { policyAt } from '../policy/policy-set';
import type { PolicySet } from '../policy/policy.types';

export type TermLimit = 'max_term' | 'age' | 'house_age';

export interface LoanTermInput {
  readonly applicationDate: CalendarDate;
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
  readonly retirementAge: { readonly male: number; readonly female: number };
  readonly yearsPastRetirement: number;
  readonly maxTermYears: number;
  /** Whole years since the resale home was built; omit for a new home. */
  readonly houseAgeYears?: number;
  /** null or omitted: no house-age rule. */
  readonly houseAgePlusTermYears?: number | null;
}

export interface LoanTerm {
  /** 0 when no loan term is possible (e.g. already past the age limit). */
  readonly maxTermMonths: number;
  readonly binding: TermLimit;
  readonly candidates: readonly { readonly limit: TermLimit; readonly months: number }[];
}

export function maxLoanTerm(input: LoanTermInput): LoanTerm {
  const limitAge = input.retirementAge[input.sex] + input.yearsPastRetirement;
  const ageLimitDate = addCalendarMonths(input.birthDate, limitAge * 12);
  const candidates: { limit: TermLimit; months: number }[] = [
    { limit: 'max_term', months: input.maxTermYears * 12 },
    { limit: 'age', months: wholeMonthsBetween(input.applicationDate, ageLimitDate) },
  ];
  if (input.houseAgeYears !== undefined && input.houseAgePlusTermYears != null) {
    candidates.push({ limit: 'house_age', months: Math.max(0, (input.houseAgePlusTermYears - input.houseAgeYears) * 12) });
  }
  let bound = candidates[0] as { limit: TermLimit; months: number };
  for (const c of candidates) if (c.months < bound.months) bound = c;
  return { maxTermMonths: Math.max(0, bound.months), binding: bound.limit, candidates };
}

/** The same, with the city's parameters in force on the application date. */
export function maxLoanTermAt(
  set: PolicySet,
  applicant: { applicationDate: CalendarDate; birthDate: CalendarDate; sex: 'male' | 'female'; houseAgeYears?: number },
): LoanTerm {
  const d = applicant.applicationDate;
  return maxLoanTerm({
    ...applicant,
    retirementAge: policyAt(set, 'retirementAge', d),
    yearsPastRetirement: policyAt(set, 'yearsPastRetirement', d),
    maxTermYears: policyAt(set, 'maxTermYears', d),
    houseAgePlusTermYears: policyAt(set, 'houseAgePlusTermYears', d),
  });
}
