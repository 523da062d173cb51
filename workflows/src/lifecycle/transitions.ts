// Which command each state accepts and who may give it. One table, so the UI's buttons, the
// API's guard and the tests all read the same answer.
import type { ReviewStepId } from '../catalogue/catalogue.types';
import type { CommandType } from './application.commands';
import type { ApplicationStatus, Role } from './application.types';

/** Review-step commands are given by whoever holds the role of the current step. */
export const STEP_ROLE: Readonly<Record<ReviewStepId, Role>> = {
  review_1: 'reviewer',
  review_2: 'reviewer',
  approval: 'approver',
  approval_extra: 'approver',
};

type Who = readonly Role[] | 'step_role';

/** The applicant may withdraw until a decision; a clerk may record it at the counter for them. */
const WITHDRAW: Who = ['applicant', 'clerk'];
const CLOSE: Who = ['system', 'supervisor'];

const DECIDING: Partial<Record<CommandType, Who>> = {
  approve: 'step_role',
  reject: 'step_role',
  return_for_supplement: 'step_role',
  withdraw: WITHDRAW,
};

export const TRANSITIONS: Readonly<Record<ApplicationStatus, Partial<Record<CommandType, Who>>>> = {
  booked: { accept: ['clerk'], withdraw: WITHDRAW },
  // An online submission is accepted by the system when complete, or by a back-office clerk.
  submitted_online: { accept: ['clerk', 'system'], withdraw: WITHDRAW },
  accepted: { start_review: ['system'], withdraw: WITHDRAW },
  in_review: DECIDING,
  resubmitted: DECIDING,
  returned_for_supplement: { resubmit: ['applicant', 'clerk'], withdraw: WITHDRAW },
  approved: { schedule_transfer: ['system'], issue_approval_letter: ['clerk', 'system'], close: CLOSE },
  transfer_pending: { transfer_succeeded: ['system'], transfer_failed: ['system'] },
  transfer_failed: { retry_transfer: ['system', 'supervisor'], reverse_transfer: ['supervisor'] },
  transferred: { close: CLOSE },
  reversed: { close: CLOSE },
  // The approver who issued the letter may book the signing while the applicant is on the phone.
  letter_issued: { book_contract: ['applicant', 'clerk', 'approver'] },
  contract_booked: { disburse: ['system'] },
  disbursed: { close: CLOSE },
  // Decided or abandoned: only archiving remains.
  rejected: { close: CLOSE },
  withdrawn: { close: CLOSE },
  closed: {},
};

export function rolesFor(status: ApplicationStatus, command: CommandType, step: ReviewStepId | null): readonly Role[] | undefined {
  const who = TRANSITIONS[status][command];
  if (who !== 'step_role') return who;
  return step ? [STEP_ROLE[step]] : undefined;
}

/** Commands the state accepts at all (the role and four-eyes guards still apply). */
export function commandsAllowedIn(status: ApplicationStatus): readonly CommandType[] {
  return Object.keys(TRANSITIONS[status]) as CommandType[];
}
