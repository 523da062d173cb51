// Decision limit for a business type: the policy's own entry, else its category's statutory limit
// (withdrawal 3, loan 10/15 working days), else the catalogue's default.
import { businessType, DomainError, slaWorkingDaysAt, type BusinessTypeCode, type CalendarDate, type PolicySet } from '@onetrip/workflows';

export function slaDaysFor(policy: PolicySet, on: CalendarDate, code: BusinessTypeCode): number {
  const type = businessType(code);
  try {
    return slaWorkingDaysAt(policy, on, code, type.category);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'policy.sla_not_configured') return type.slaWorkingDays;
    throw e;
  }
}
