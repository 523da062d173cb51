// Opening an application fixes its review route from the catalogue and the policy in force that
// day: a later policy change does not add or remove steps from a case already under way.
import { businessType } from '../catalogue/business-types';
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { Channel, ReviewStepId } from '../catalogue/catalogue.types';
import type { CalendarDate } from '../calendar/calendar-date';
import { needsExtraApproval } from '../policy/policy-accessors';
import type { PolicySet } from '../policy/policy.types';
import type { Fen } from '../policy/units';
import type { Application } from './application.types';

/** The back-office steps for this business type and amount, extra approval included when due. */
export function planReview(code: BusinessTypeCode, amountFen: Fen, policy: PolicySet, on: CalendarDate): readonly ReviewStepId[] {
  const { review } = businessType(code);
  // The policy's one threshold is the loan threshold; withdrawals that opt in use it too.
  const extra = review.extraApprovalAboveThreshold && needsExtraApproval(policy, on, amountFen);
  return extra ? [...review.steps, 'approval_extra'] : review.steps;
}

export interface OpenApplication {
  readonly id: string;
  readonly businessType: BusinessTypeCode;
  readonly applicantId: string;
  readonly amountFen: Fen;
  /** `counter` = booked for a counter visit; `online` = submitted online. */
  readonly channel: Channel;
  readonly policy: PolicySet;
  readonly on: CalendarDate;
}

export function openApplication(input: OpenApplication): Application {
  return {
    id: input.id,
    businessType: input.businessType,
    applicantId: input.applicantId,
    amountFen: input.amountFen,
    fulfilment: businessType(input.businessType).fulfilment,
    status: input.channel === 'counter' ? 'booked' : 'submitted_online',
    step: null,
    route: planReview(input.businessType, input.amountFen, input.policy, input.on),
    version: 0,
    acted: [],
    missingItems: [],
    reasonCodes: [],
    transferAttempts: 0,
  };
}
