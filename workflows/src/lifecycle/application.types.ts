// The application as the state machine sees it: where it is, which steps it will pass, and who
// already acted on which step (four eyes is checked against that history, not against a role).
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { Fulfilment, ReviewStepId } from '../catalogue/catalogue.types';
import type { Fen } from '../policy/units';

export type Role = 'clerk' | 'reviewer' | 'approver' | 'supervisor' | 'admin' | 'system' | 'applicant';

export interface Actor {
  readonly id: string;
  readonly roles: readonly Role[];
}

export type ApplicationStatus =
  | 'booked'
  | 'submitted_online'
  | 'accepted'
  | 'in_review'
  | 'returned_for_supplement'
  | 'resubmitted'
  | 'rejected'
  | 'withdrawn'
  | 'approved'
  | 'transfer_pending'
  | 'transferred'
  | 'transfer_failed'
  | 'reversed'
  | 'letter_issued'
  | 'contract_booked'
  | 'disbursed'
  | 'closed';

/** A step a person can be on record for: the counter acceptance or a back-office step. */
export type ActedStep = 'acceptance' | ReviewStepId;

export interface StepAction {
  readonly step: ActedStep;
  readonly actorId: string;
  readonly at: Date;
}

/** One thing the applicant must supply after a return (一次性告知: all of them at once). */
export interface MissingItem {
  /** A catalogue material id, when the item is a material. */
  readonly materialId?: string;
  /** A form field, when the item is data. */
  readonly field?: string;
  readonly note?: string;
}

export interface Application {
  readonly id: string;
  readonly businessType: BusinessTypeCode;
  /** The person (or unit) the application belongs to; applicant commands must come from them. */
  readonly applicantId: string;
  readonly amountFen: Fen;
  readonly fulfilment: Fulfilment;
  readonly status: ApplicationStatus;
  /** The back-office step, while in review, returned or resubmitted; null otherwise. */
  readonly step: ReviewStepId | null;
  /** The steps this application passes, fixed at opening from the catalogue and the policy. */
  readonly route: readonly ReviewStepId[];
  /** Optimistic-concurrency version; every accepted command increments it. */
  readonly version: number;
  readonly acted: readonly StepAction[];
  readonly missingItems: readonly MissingItem[];
  readonly reasonCodes: readonly string[];
  readonly transferAttempts: number;
}
