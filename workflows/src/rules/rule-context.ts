// Everything a rule may read. Rules are pure functions of this context.
import type { BusinessType } from '../catalogue/catalogue.types';
import type { CalendarDate } from '../calendar/calendar-date';
import type { PolicySet } from '../policy/policy.types';
import type { ApplicantFacts, ApplicationForm } from './applicant-facts';
import type { RuleParams } from './rule-params';

export interface RuleContext {
  readonly type: BusinessType;
  readonly facts: ApplicantFacts;
  readonly form: ApplicationForm;
  readonly policy: PolicySet;
  readonly params: RuleParams;
  readonly today: CalendarDate;
}
