// A reviewer's or approver's decision on the task they hold. One transaction: the task and its
// application locked together, the state change, the next task, what approval sets in motion;
// then one closing statement writes the application's final state, the notification job, the
// idempotency key with its answer and the audit rows (the chain's lock is held from there to the
// commit only).
// A double click (same key) gets the first answer back and changes nothing (idempotent.ts).
import { toLifecycleCommand, type DecideInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import { idempotentTransaction } from '../idempotency/idempotent';
import { enqueueJob } from '../../jobs/outbox';
import type { Services, StaffActor } from '../../trpc/context';
import { applyCommand } from '../applications/application-commands';
import { loadTaskForUpdate } from '../applications/application.repository';
import { settleApproval } from '../applications/settle-approval';
import { commandActor } from '../applications/staff-roles';

export interface DecideResponse {
  readonly applicationId: string;
  readonly status: string;
  readonly step: string | null;
  readonly version: number;
}

const OPERATION = 'review.decide';

export async function decideTask(services: Services, actor: StaffActor, input: DecideInput): Promise<DecideResponse> {
  const now = services.clock();
  return idempotentTransaction(services.database.db, { key: input.idempotencyKey, actorId: actor.id, operation: OPERATION, now }, async (trx, audit) => {
    const taskId = Number(input.taskId);
    const found = Number.isSafeInteger(taskId) ? await loadTaskForUpdate(trx, taskId) : undefined;
    if (!found) throw new AppError('NOT_FOUND', 'task.not_found');
    const { task, current } = found;
    if (task.status !== 'claimed' || task.assigneeId !== actor.id) {
      throw new AppError('CONFLICT', task.status === 'done' ? 'task.already_decided' : 'task.not_yours');
    }

    const result = await applyCommand(trx, services, { applicationId: current.row.id, command: toLifecycleCommand(input), actor: commandActor(actor), at: now, current, audit });
    const settled = result.app.status === 'approved' ? await settleApproval(trx, services, result, now, audit) : result;

    if (input.decision === 'return') {
      await enqueueJob(trx, {
        kind: 'notify.returned',
        payload: { applicationId: result.app.id, missingItems: result.app.missingItems },
        dedupeKey: `notify.returned:${result.app.id}:${result.app.version}`,
        runAt: now,
      }, audit);
    } else if (result.app.status === 'approved' || input.decision === 'reject') {
      await enqueueJob(trx, {
        kind: input.decision === 'reject' ? 'notify.rejected' : 'notify.approved',
        payload: { applicationId: result.app.id },
        dedupeKey: `notify.${input.decision}:${result.app.id}:${result.app.version}`,
        runAt: now,
      }, audit);
    }

    const response: DecideResponse = {
      applicationId: settled.app.id,
      status: settled.app.status,
      step: settled.app.step,
      version: settled.app.version,
    };
    return response;
  });
}
