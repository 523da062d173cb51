// A reviewer's or approver's decision on the task they hold. One transaction: the idempotency
// key, the state change, the next task, what approval sets in motion, the notification job, and
// last the audit rows (the chain's lock is held from there to the commit only).
// A double click (same key) gets the first answer back and changes nothing (idempotent.ts).
import { toLifecycleCommand, type DecideInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import { withAuditBatch } from '../audit/audit.repository';
import { idempotent } from '../idempotency/idempotent';
import { enqueueJob } from '../../jobs/outbox';
import type { Services, StaffActor } from '../../trpc/context';
import { applyCommand } from '../applications/application-commands';
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
  return services.database.db.transaction().execute((trx) =>
    withAuditBatch(trx, (audit) =>
      idempotent(trx, { key: input.idempotencyKey, actorId: actor.id, operation: OPERATION, now }, async () => {
        const taskId = Number(input.taskId);
        const task = Number.isSafeInteger(taskId)
          ? await trx.selectFrom('tasks').selectAll().where('id', '=', taskId).forUpdate().executeTakeFirst()
          : undefined;
        if (!task) throw new AppError('NOT_FOUND', 'task.not_found');
        if (task.status !== 'claimed' || task.assignee_id !== actor.id) {
          throw new AppError('CONFLICT', task.status === 'done' ? 'task.already_decided' : 'task.not_yours');
        }

        const result = await applyCommand(trx, services, { applicationId: task.application_id, command: toLifecycleCommand(input), actor: commandActor(actor), at: now, audit });
        const settled = result.app.status === 'approved' ? await settleApproval(trx, services, result, now, audit) : result;

        if (input.decision === 'return') {
          await enqueueJob(trx, {
            kind: 'notify.returned',
            payload: { applicationId: result.app.id, missingItems: result.app.missingItems },
            dedupeKey: `notify.returned:${result.app.id}:${result.app.version}`,
            runAt: now,
          });
        } else if (result.app.status === 'approved' || input.decision === 'reject') {
          await enqueueJob(trx, {
            kind: input.decision === 'reject' ? 'notify.rejected' : 'notify.approved',
            payload: { applicationId: result.app.id },
            dedupeKey: `notify.${input.decision}:${result.app.id}:${result.app.version}`,
            runAt: now,
          });
        }

        const response: DecideResponse = {
          applicationId: settled.app.id,
          status: settled.app.status,
          step: settled.app.step,
          version: settled.app.version,
        };
        return response;
      }),
    ),
  );
}
