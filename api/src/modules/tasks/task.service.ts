// Review queues: counts, pages, claim next / claim / release, and a supervisor's reassignment.
import { shanghaiDate, workingDaysBetween, type TaskListInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { taskRoles } from '../applications/staff-roles';
import { listTasks } from './task-list.query';
import { claimNextTask, claimTask, findTask, hasActedOn, openCounts } from './task.repository';
import { taskSla } from './task-sla';

function parseTaskId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new AppError('NOT_FOUND', 'task.not_found');
  return n;
}

export async function queueCounts(services: Services, actor: StaffActor) {
  const now = services.clock();
  const today = shanghaiDate(now);
  const rows = await openCounts(services.database.db, taskRoles(actor), actor.id);
  return rows.map((r) => ({
    step: r.step,
    businessType: r.business_type,
    total: Number(r.total),
    open: r.open,
    mine: r.mine,
    oldestDueOn: r.oldest_due_on as string | null,
    oldestSla: r.oldest_due_on ? taskSla(services.reference.calendar, r.oldest_due_on as string, now).status : null,
    // Age of the oldest task in working days since it entered the queue.
    oldestAgeWorkingDays: r.oldest_created_at ? Math.max(0, workingDaysBetween(services.reference.calendar, shanghaiDate(new Date(r.oldest_created_at as unknown as string)), today)) : 0,
  }));
}

export function taskPage(services: Services, actor: StaffActor, input: TaskListInput) {
  return listTasks(services.database.db, services.reference.calendar, input, { id: actor.id, roles: taskRoles(actor) }, services.clock());
}

export async function claimNext(services: Services, actor: StaffActor) {
  const roles = taskRoles(actor);
  if (roles.length === 0) throw new AppError('FORBIDDEN', 'task.no_queue_for_role');
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const task = await claimNextTask(trx, actor.id, roles, now);
    if (!task) return null;
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'task.claimed', subjectType: 'application', subjectId: task.application_id, data: { taskId: task.id, step: task.step, via: 'next' } });
    return { taskId: String(task.id), applicationId: task.application_id };
  });
}

export async function claim(services: Services, actor: StaffActor, taskIdText: string) {
  const taskId = parseTaskId(taskIdText);
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const existing = await findTask(trx, taskId);
    if (!existing || !['open', 'claimed'].includes(existing.status)) throw new AppError('NOT_FOUND', 'task.not_found');
    if (!taskRoles(actor).includes(existing.candidate_role)) throw new AppError('FORBIDDEN', 'task.wrong_role', { role: existing.candidate_role });
    if (existing.assignee_id === actor.id) return { taskId: String(taskId), applicationId: existing.application_id };
    if (existing.status === 'claimed') {
      throw new AppError('CONFLICT', 'task.claimed_by_other', { by: existing.assignee_name, since: (existing.claimed_at as Date).toISOString() });
    }
    const acted = await hasActedOn(trx, existing.application_id, actor.id);
    if (acted) throw new AppError('FORBIDDEN', 'lifecycle.four_eyes', { step: existing.step, earlierStep: acted.step, earlierAt: acted.at.toISOString() });
    const task = await claimTask(trx, taskId, actor.id, now);
    if (!task) throw new AppError('CONFLICT', 'task.claimed_by_other', {});
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'task.claimed', subjectType: 'application', subjectId: task.application_id, data: { taskId, step: task.step } });
    return { taskId: String(taskId), applicationId: task.application_id };
  });
}

export async function release(services: Services, actor: StaffActor, taskIdText: string) {
  const taskId = parseTaskId(taskIdText);
  const now = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('tasks')
      .set({ status: 'open', assignee_id: null, claimed_at: null })
      .where('id', '=', taskId)
      .where('status', '=', 'claimed')
      .where('assignee_id', '=', actor.id)
      .returning(['application_id', 'step'])
      .executeTakeFirst();
    if (!row) throw new AppError('CONFLICT', 'task.not_yours');
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'task.released', subjectType: 'application', subjectId: row.application_id, data: { taskId, step: row.step } });
  });
}

/** A supervisor moves tasks to another reviewer (or back to the queue); four eyes still holds. */
export async function reassign(services: Services, actor: StaffActor, taskIds: string[], toStaffId: string | null) {
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const target = toStaffId ? await trx.selectFrom('staff').select(['id', 'role', 'active']).where('id', '=', toStaffId).executeTakeFirst() : null;
    if (toStaffId && (!target || !target.active)) throw new AppError('NOT_FOUND', 'staff.not_found');
    const moved: string[] = [];
    for (const idText of taskIds) {
      const taskId = parseTaskId(idText);
      const task = await trx.selectFrom('tasks').selectAll().where('id', '=', taskId).forUpdate().executeTakeFirst();
      if (!task || !['open', 'claimed'].includes(task.status)) throw new AppError('NOT_FOUND', 'task.not_found', { taskId: idText });
      if (target) {
        if (target.role !== task.candidate_role) throw new AppError('BAD_REQUEST', 'task.wrong_role', { taskId: idText, role: task.candidate_role });
        const acted = await hasActedOn(trx, task.application_id, target.id);
        if (acted) throw new AppError('FORBIDDEN', 'lifecycle.four_eyes', { taskId: idText, step: task.step, earlierStep: acted.step, earlierAt: acted.at.toISOString() });
      }
      await trx
        .updateTable('tasks')
        .set(target ? { status: 'claimed', assignee_id: target.id, claimed_at: now } : { status: 'open', assignee_id: null, claimed_at: null })
        .where('id', '=', taskId)
        .execute();
      await appendAudit(trx, {
        at: now, actorKind: 'staff', actorId: actor.id, action: 'task.reassigned', subjectType: 'application', subjectId: task.application_id,
        data: { taskId, step: task.step, from: task.assignee_id, to: target?.id ?? null },
      });
      moved.push(idText);
    }
    return { moved };
  });
}
