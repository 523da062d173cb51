// The one way an application changes state. Inside the caller's transaction: lock the row, ask
// the workflows state machine, store the result, record who acted on which step (four eyes),
// keep the SLA clock and the review tasks in step, and append the event to the audit chain.
// A caller that already holds the row (it just inserted it, or the previous command of the same
// transaction returned it) passes it as `current` instead of having it read again. A caller with
// a WriteBatch gets the row's update and the audit row written at its transaction's end: an
// application moved twice in one transaction (accepted and put in review) is written once.
import type { Transaction } from 'kysely';
import { decide, shanghaiDate, STEP_ROLE, type Application, type Command, type LifecycleError, type LifecycleEvent, type ReviewStepId, type Role } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { writeNowOrDeferred, type DeferredWrites } from '../../db/deferred-writes';
import { appendAudit, type WriteBatch, type AuditInput } from '../audit/audit.repository';
import { loadForUpdate, type ApplicationRow, type LockedApplication } from './application.repository';
import { deadlineOf, slaCaseOf, unpausedSlaCase } from './sla.repository';

export interface CommandActor {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly kind: 'staff' | 'system' | 'applicant';
}

export const SYSTEM_ACTOR: CommandActor = { id: 'system', roles: ['system'], kind: 'system' };

export interface CommandResult extends LockedApplication {
  readonly event: LifecycleEvent;
}

const FINAL_DECISIONS = new Set(['approved', 'rejected']);

export function lifecycleError(e: LifecycleError): AppError {
  switch (e.code) {
    case 'lifecycle.version_conflict':
      return new AppError('CONFLICT', e.code, { expected: e.expected, actual: e.actual });
    case 'lifecycle.invalid_transition':
      return new AppError('CONFLICT', e.code, { status: e.status, command: e.command });
    case 'lifecycle.forbidden_role':
      return new AppError('FORBIDDEN', e.code, { command: e.command, required: e.required });
    case 'lifecycle.not_applicant':
      return new AppError('FORBIDDEN', e.code, { command: e.command });
    case 'lifecycle.four_eyes':
      return new AppError('FORBIDDEN', e.code, { step: e.step, earlierStep: e.earlierStep, earlierAt: e.earlierAt.toISOString() });
    case 'lifecycle.reasons_required':
      return new AppError('BAD_REQUEST', e.code, { command: e.command });
    case 'lifecycle.missing_items_required':
      return new AppError('BAD_REQUEST', e.code);
  }
}

export async function applyCommand(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: {
    applicationId: string;
    command: Command;
    actor: CommandActor;
    at: Date;
    /** the row as this transaction holds it, locked (inserted or returned by an earlier command) */
    current?: LockedApplication;
    /** collects the row's update, who acted, the next task and the audit row for the caller's closing statement; without it they are written now */
    audit?: WriteBatch;
  },
): Promise<CommandResult> {
  const { applicationId, command, actor, at } = input;
  if (input.current && input.current.row.id !== applicationId) throw new Error(`applyCommand: current row ${input.current.row.id} is not ${applicationId}`);
  const locked = input.current ?? (await loadForUpdate(trx, applicationId));
  const { row, app } = locked;
  const decision = decide(app, command, { id: actor.id, roles: actor.roles }, at);
  if (!decision.ok) {
    if (decision.error.code === 'lifecycle.version_conflict') {
      throw new AppError('CONFLICT', 'lifecycle.version_conflict', { expected: command.expectedVersion, actual: app.version, status: app.status, step: app.step });
    }
    throw lifecycleError(decision.error);
  }
  const { next, event } = decision;

  // Who acted on which step: stored as rows so claim-next can skip four-eyes conflicts in SQL.
  // Another transaction reads them only after the commit, and this one through the `current`
  // it passes on, so with a batch they are written in its closing statement.
  const newActions = next.acted.slice(app.acted.length);
  if (newActions.length) {
    const insert = trx
      .insertInto('application_actions')
      .values(newActions.map((a) => ({ application_id: app.id, step: a.step, actor_id: a.actorId, at: a.at })))
      .onConflict((oc) => oc.doNothing());
    await writeNowOrDeferred(insert, input.audit);
  }

  let acceptedAt = row.accepted_at;
  let acceptedBy = row.accepted_by;
  let dueOn = row.due_on;
  if (event.sla === 'start') {
    acceptedAt = at;
    acceptedBy = actor.kind === 'staff' ? actor.id : null;
    // Acceptance is the first clocked status, so no pause can exist yet: the clock starts bare.
    dueOn = deadlineOf(unpausedSlaCase(at, row.sla_working_days, services.reference), services.reference, at);
  } else if (event.sla === 'pause') {
    await trx.insertInto('sla_pauses').values({ application_id: app.id, paused_at: at, resumed_at: null }).execute();
  } else if (event.sla === 'resume') {
    await trx.updateTable('sla_pauses').set({ resumed_at: at }).where('application_id', '=', app.id).where('resumed_at', 'is', null).execute();
    dueOn = deadlineOf(await slaCaseOf(trx, app.id, acceptedAt!, row.sla_working_days, services.reference), services.reference, at);
  }

  // The row after the update is known without reading it back: only these columns change.
  const updated: ApplicationRow = {
    ...row,
    status: next.status,
    step: next.step,
    route: [...next.route],
    version: next.version,
    missing_items: [...next.missingItems],
    reason_codes: [...next.reasonCodes],
    transfer_attempts: next.transferAttempts,
    accepted_at: acceptedAt,
    accepted_by: acceptedBy,
    due_on: dueOn,
    decided_at: FINAL_DECISIONS.has(next.status) ? at : row.decided_at,
    closed_at: next.status === 'closed' ? at : row.closed_at,
    updated_at: at,
  };
  // Checked against the version the database holds: under the row lock nobody else can move it.
  const { storedVersion } = locked;
  const conflict = () => new AppError('CONFLICT', 'lifecycle.version_conflict', { expected: app.version, status: app.status, step: app.step });
  const update = trx
    .updateTable('applications')
    .set({
      status: updated.status,
      step: updated.step,
      route: JSON.stringify(updated.route),
      version: updated.version,
      missing_items: JSON.stringify(updated.missing_items),
      reason_codes: JSON.stringify(updated.reason_codes),
      transfer_attempts: updated.transfer_attempts,
      accepted_at: updated.accepted_at,
      accepted_by: updated.accepted_by,
      due_on: updated.due_on,
      decided_at: updated.decided_at,
      closed_at: updated.closed_at,
      updated_at: updated.updated_at,
    })
    .where('id', '=', app.id)
    .where('version', '=', storedVersion);
  let nowStored = updated.version;
  if (input.audit) {
    input.audit.write({ statement: update.returning('id'), expectRows: 1, mismatch: conflict }, `application:${app.id}`);
    nowStored = storedVersion;
  } else if ((await update.executeTakeFirst()).numUpdatedRows !== 1n) {
    throw conflict();
  }

  await syncTasks(trx, app, next, updated, actor, at, input.audit);

  const entry: AuditInput = {
    at,
    actorKind: actor.kind,
    actorId: actor.kind === 'system' ? null : actor.id,
    action: `application.${command.type}`,
    subjectType: 'application',
    subjectId: app.id,
    data: {
      version: event.version,
      from: event.from,
      to: event.to,
      reasons: event.reasons,
      ...(event.comment ? { comment: event.comment } : {}),
      ...(event.sla ? { sla: event.sla } : {}),
    },
  };
  if (input.audit) input.audit.add(entry);
  else await appendAudit(trx, entry);
  return { app: next, event, row: updated, storedVersion: nowStored };
}

/**
 * Exactly one active task per application while a person must act on it: the finished step's
 * task is closed, the next step's is opened. A resubmission goes straight back to the reviewer
 * who asked for the supplement, so the person who knows the case finishes it.
 * The close is written at once and the opening may wait for the batch's closing statement: the
 * one-active-task index must see the old task closed before the new one arrives.
 */
async function syncTasks(trx: Transaction<DB>, before: Application, after: Application, row: ApplicationRow, actor: CommandActor, at: Date, batch?: DeferredWrites): Promise<void> {
  const reviewing = (a: Application) => (a.status === 'in_review' || a.status === 'resubmitted') && a.step !== null;
  const moved = before.status !== after.status || before.step !== after.step;
  if (!moved) return;
  if (reviewing(before) || before.status === 'returned_for_supplement') {
    const finished = actor.kind === 'staff' && reviewing(before);
    await trx
      .updateTable('tasks')
      .set(finished ? { status: 'done', completed_at: at, completed_by: actor.id } : { status: 'cancelled', completed_at: at })
      .where('application_id', '=', before.id)
      .where('status', 'in', ['open', 'claimed'])
      .execute();
  }
  if (!reviewing(after)) return;
  const step = after.step as ReviewStepId;
  const role = STEP_ROLE[step] as 'reviewer' | 'approver';
  let assignee: string | null = null;
  if (after.status === 'resubmitted') {
    const returner = await trx
      .selectFrom('tasks')
      .select('completed_by')
      .where('application_id', '=', after.id)
      .where('step', '=', step)
      .where('status', '=', 'done')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    assignee = returner?.completed_by ?? null;
  }
  const open = trx
    .insertInto('tasks')
    .values({
      application_id: after.id,
      step,
      candidate_role: role,
      office_id: row.office_id,
      business_type: row.business_type,
      priority: after.status === 'resubmitted' ? 1 : 0,
      due_on: row.due_on ?? shanghaiDate(at),
      status: assignee ? 'claimed' : 'open',
      assignee_id: assignee,
      claimed_at: assignee ? at : null,
      created_at: at,
      accepted_at: row.accepted_at,
      amount_fen: row.amount_fen,
    });
  await writeNowOrDeferred(open, batch);
}
