// The application state machine. `decide` is pure: the API loads the application, calls it, and
// in one transaction stores `next` and appends `event` to the audit chain — or reports `error`.
import type { ReviewStepId } from '../catalogue/catalogue.types';
import type { Command, CommandType } from './application.commands';
import type { ActedStep, Actor, Application, ApplicationStatus, Role } from './application.types';
import { rolesFor } from './transitions';

export type LifecycleError =
  | { readonly code: 'lifecycle.version_conflict'; readonly expected: number; readonly actual: number }
  | { readonly code: 'lifecycle.invalid_transition'; readonly status: ApplicationStatus; readonly command: CommandType }
  | { readonly code: 'lifecycle.forbidden_role'; readonly command: CommandType; readonly required: readonly Role[] }
  | { readonly code: 'lifecycle.not_applicant'; readonly command: CommandType }
  /** The actor already acted on another step: `earlierStep` lets the UI say which. */
  | { readonly code: 'lifecycle.four_eyes'; readonly step: ReviewStepId; readonly earlierStep: ActedStep; readonly earlierAt: Date }
  | { readonly code: 'lifecycle.reasons_required'; readonly command: CommandType }
  | { readonly code: 'lifecycle.missing_items_required' };

export type LifecycleErrorCode = LifecycleError['code'];

/** What the SLA clock should do; the API records pauses so working days exclude them. */
export type SlaSignal = 'start' | 'pause' | 'resume' | 'stop';

export interface Position {
  readonly status: ApplicationStatus;
  readonly step: ReviewStepId | null;
}

export interface LifecycleEvent {
  readonly applicationId: string;
  /** The version the application has after this event. */
  readonly version: number;
  readonly actorId: string;
  readonly command: CommandType;
  readonly from: Position;
  readonly to: Position;
  /** Reason codes, missing-item keys, automatic-check failures or bank codes, as applicable. */
  readonly reasons: readonly string[];
  readonly comment?: string;
  readonly sla: SlaSignal | null;
  readonly at: Date;
}

export type Decision =
  | { readonly ok: true; readonly next: Application; readonly event: LifecycleEvent }
  | { readonly ok: false; readonly error: LifecycleError };

/** States in which the SLA clock runs or is paused: leaving them for a final state stops it. */
const CLOCKED: ReadonlySet<ApplicationStatus> = new Set(['accepted', 'in_review', 'returned_for_supplement', 'resubmitted']);

const STEP_COMMANDS: ReadonlySet<CommandType> = new Set(['approve', 'reject', 'return_for_supplement']);

export function decide(app: Application, command: Command, actor: Actor, at: Date): Decision {
  if (command.expectedVersion !== app.version) {
    return fail({ code: 'lifecycle.version_conflict', expected: command.expectedVersion, actual: app.version });
  }
  const required = rolesFor(app.status, command.type, app.step);
  if (!required || !fitsFulfilment(app, command.type)) {
    return fail({ code: 'lifecycle.invalid_transition', status: app.status, command: command.type });
  }
  const held = required.filter((r) => actor.roles.includes(r));
  if (held.length === 0) return fail({ code: 'lifecycle.forbidden_role', command: command.type, required });
  // Someone acting only as the applicant acts only on their own application.
  if (held.every((r) => r === 'applicant') && actor.id !== app.applicantId) {
    return fail({ code: 'lifecycle.not_applicant', command: command.type });
  }
  if (STEP_COMMANDS.has(command.type) && app.step) {
    const earlier = app.acted.find((a) => a.actorId === actor.id && a.step !== app.step);
    if (earlier) return fail({ code: 'lifecycle.four_eyes', step: app.step, earlierStep: earlier.step, earlierAt: earlier.at });
  }
  const outcome = apply(app, command, actor, at);
  if ('error' in outcome) return fail(outcome.error);
  const next: Application = { ...outcome.next, version: app.version + 1 };
  const event: LifecycleEvent = {
    applicationId: app.id,
    version: next.version,
    actorId: actor.id,
    command: command.type,
    from: { status: app.status, step: app.step },
    to: { status: next.status, step: next.step },
    reasons: outcome.reasons,
    ...(command.comment === undefined ? {} : { comment: command.comment }),
    sla: slaSignal(app.status, next.status),
    at,
  };
  return { ok: true, next, event };
}

type Outcome = { next: Application; reasons: readonly string[] } | { error: LifecycleError };

function apply(app: Application, command: Command, actor: Actor, at: Date): Outcome {
  const move = (patch: Partial<Application>, reasons: readonly string[] = []): Outcome => ({ next: { ...app, ...patch }, reasons });
  const record = (step: ActedStep) => [...app.acted, { step, actorId: actor.id, at }];
  switch (command.type) {
    case 'accept':
      return move({ status: 'accepted', acted: record('acceptance') });
    case 'start_review': {
      // A fully automatic route still goes to a person when an automatic check failed.
      const route = app.route.length === 0 && command.autoCheckFailures.length > 0 ? (['review_1'] as const) : app.route;
      const first = route[0];
      const patch: Partial<Application> = first ? { status: 'in_review', step: first, route } : { status: 'approved', step: null };
      return move(patch, command.autoCheckFailures);
    }
    case 'approve': {
      const step = app.step as ReviewStepId;
      const nextStep = app.route[app.route.indexOf(step) + 1];
      const acted = record(step);
      return move(nextStep ? { status: 'in_review', step: nextStep, acted } : { status: 'approved', step: null, acted });
    }
    case 'reject':
      if (command.reasonCodes.length === 0) return { error: { code: 'lifecycle.reasons_required', command: command.type } };
      return move({ status: 'rejected', acted: record(app.step as ReviewStepId), reasonCodes: command.reasonCodes }, command.reasonCodes);
    case 'return_for_supplement':
      if (command.missingItems.length === 0) return { error: { code: 'lifecycle.missing_items_required' } };
      return move(
        { status: 'returned_for_supplement', acted: record(app.step as ReviewStepId), missingItems: command.missingItems },
        command.missingItems.map((i) => i.materialId ?? i.field ?? i.note ?? ''),
      );
    case 'resubmit':
      // Back to the step that returned it, marked so its reviewer sees the supplement arrived.
      return move({ status: 'resubmitted', missingItems: [] });
    case 'withdraw':
      return move({ status: 'withdrawn', reasonCodes: command.reasonCodes ?? [] }, command.reasonCodes ?? []);
    case 'schedule_transfer':
      return move({ status: 'transfer_pending' });
    case 'transfer_succeeded':
      return move({ status: 'transferred', transferAttempts: app.transferAttempts + 1 }, [command.bankReference]);
    case 'transfer_failed':
      return move({ status: 'transfer_failed', transferAttempts: app.transferAttempts + 1 }, [command.bankCode]);
    case 'retry_transfer':
      return move({ status: 'transfer_pending' });
    case 'reverse_transfer':
      if (command.reasonCodes.length === 0) return { error: { code: 'lifecycle.reasons_required', command: command.type } };
      return move({ status: 'reversed', reasonCodes: command.reasonCodes }, command.reasonCodes);
    case 'issue_approval_letter':
      return move({ status: 'letter_issued' });
    case 'book_contract':
      return move({ status: 'contract_booked' }, [`${command.branchId}@${command.date}`]);
    case 'disburse':
      return move({ status: 'disbursed' }, [command.bankReference]);
    case 'close':
      return move({ status: 'closed', step: null });
  }
}

/** After approval the path depends on what the business delivers: money, a loan, or nothing. */
function fitsFulfilment(app: Application, command: CommandType): boolean {
  if (app.status !== 'approved') return true;
  if (command === 'schedule_transfer') return app.fulfilment === 'transfer';
  if (command === 'issue_approval_letter') return app.fulfilment === 'loan_disbursement';
  if (command === 'close') return app.fulfilment === 'none';
  return true;
}

function slaSignal(from: ApplicationStatus, to: ApplicationStatus): SlaSignal | null {
  if (to === 'accepted') return 'start';
  if (to === 'returned_for_supplement') return 'pause';
  if (from === 'returned_for_supplement' && to === 'resubmitted') return 'resume';
  if (CLOCKED.has(from) && (to === 'approved' || to === 'rejected' || to === 'withdrawn')) return 'stop';
  return null;
}

function fail(error: LifecycleError): Decision {
  return { ok: false, error };
}
