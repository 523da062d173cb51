// The whole catalogue and its look-ups. Guide pages, counter checklists and review queues are
// generated from here, so adding a business type is adding data, not screens.
import { DomainError } from '../domain-error';
import type { BusinessTypeCode } from './business-type-codes';
import type { BusinessCategory, BusinessType } from './catalogue.types';
import { EMPLOYEE_TYPES, EMPLOYER_TYPES } from './employer-types';
import { LOAN_TYPES } from './loan-types';
import { WITHDRAWAL_TYPES } from './withdrawal-types';

export const CATALOGUE: readonly BusinessType[] = [...WITHDRAWAL_TYPES, ...LOAN_TYPES, ...EMPLOYER_TYPES, ...EMPLOYEE_TYPES];

const BY_CODE: ReadonlyMap<string, BusinessType> = new Map(CATALOGUE.map((t) => [t.code, t]));

export function findBusinessType(code: string): BusinessType | undefined {
  return BY_CODE.get(code);
}

/** The business type for a code; an unknown code is a programming or data error. */
export function businessType(code: BusinessTypeCode): BusinessType {
  const t = BY_CODE.get(code);
  if (!t) throw new DomainError('catalogue.unknown_business_type', { code });
  return t;
}

export function businessTypesIn(category: BusinessCategory): readonly BusinessType[] {
  return CATALOGUE.filter((t) => t.category === category);
}
