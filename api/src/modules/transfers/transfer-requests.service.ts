// The two-person rule on rejected transfers: one supervisor asks to re-send or reverse, a
// different one confirms, and only the confirmation moves money (retryTransfer / reverseTransfer,
// which also refuse a supervisor who decided the application). Requests, confirmations and
// cancellations are audited.
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { retryTransfer, reverseTransfer } from './transfer-supervision';
import type { RequestActionInput } from './transfers.schemas';

export async function requestTransferAction(services: Services, actor: StaffActor, input: RequestActionInput) {
  if (input.action === 'reverse' && input.reasonCodes.length === 0) throw new AppError('BAD_REQUEST', 'transfer.reasons_required', { applicationId: input.applicationId });
  const at = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('transfers').select(['id', 'status']).where('application_id', '=', input.applicationId).forUpdate().executeTakeFirst();
    if (!t) throw new AppError('NOT_FOUND', 'transfer.not_found', { applicationId: input.applicationId });
    if (t.status !== 'failed') throw new AppError('CONFLICT', 'transfer.not_failed', { applicationId: input.applicationId, status: t.status });
    const decided = await trx.selectFrom('application_actions').select('step').where('application_id', '=', input.applicationId).where('actor_id', '=', actor.id).executeTakeFirst();
    if (decided) throw new AppError('FORBIDDEN', 'transfer.four_eyes', { applicationId: input.applicationId, step: decided.step });
    // The transfer row is locked above, so this check and the insert cannot interleave with another request.
    const open = await trx.selectFrom('transfer_action_requests').select('id').where('transfer_id', '=', t.id).where('status', '=', 'pending').executeTakeFirst();
    if (open) throw new AppError('CONFLICT', 'transfer.request_pending', { applicationId: input.applicationId, requestId: String(open.id) });
    const row = await trx
      .insertInto('transfer_action_requests')
      .values({ transfer_id: t.id, application_id: input.applicationId, action: input.action, reason_codes: JSON.stringify(input.reasonCodes), requested_by: actor.id, requested_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at,
      actorKind: 'staff',
      actorId: actor.id,
      action: 'transfer.action_requested',
      subjectType: 'transfer',
      subjectId: t.id,
      data: { requestId: String(row.id), applicationId: input.applicationId, action: input.action, reasonCodes: input.reasonCodes },
    });
    return { requestId: String(row.id) };
  });
}

async function openRequest(services: Services, requestId: string) {
  const r = await services.database.db.selectFrom('transfer_action_requests').selectAll().where('id', '=', Number(requestId)).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', 'transfer.request_not_found', { requestId });
  if (r.status !== 'pending') throw new AppError('CONFLICT', 'transfer.request_closed', { requestId, status: r.status });
  return r;
}

async function close(services: Services, actor: StaffActor, requestId: string, status: 'confirmed' | 'cancelled', subjectId: string, data: Record<string, unknown>) {
  const at = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('transfer_action_requests')
      .set({ status, decided_by: actor.id, decided_at: at })
      .where('id', '=', Number(requestId))
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
    if (!done) throw new AppError('CONFLICT', 'transfer.request_closed', { requestId });
    await appendAudit(trx, { at, actorKind: 'staff', actorId: actor.id, action: `transfer.action_${status}`, subjectType: 'transfer', subjectId, data: { requestId, ...data } });
  });
}

/**
 * Runs the requested action as the confirming supervisor. The action's own transaction locks the
 * transfer and requires it still failed, so two confirmations of one request cannot both move money.
 */
export async function confirmTransferAction(services: Services, actor: StaffActor, requestId: string) {
  const r = await openRequest(services, requestId);
  if (r.requested_by === actor.id) throw new AppError('FORBIDDEN', 'transfer.same_supervisor', { requestId });
  const commandActor = { id: actor.id, roles: [actor.role], kind: 'staff' as const };
  const reasonCodes = r.reason_codes as string[];
  const t =
    r.action === 'retry'
      ? await retryTransfer(services, { applicationId: r.application_id, actor: commandActor })
      : await reverseTransfer(services, { applicationId: r.application_id, actor: commandActor, reasonCodes });
  await close(services, actor, requestId, 'confirmed', r.transfer_id, { applicationId: r.application_id, action: r.action, requestedBy: r.requested_by });
  return { requestId, transferStatus: t.status };
}

/** Either supervisor may withdraw a request that should not run (the applicant fixed the card …). */
export async function cancelTransferAction(services: Services, actor: StaffActor, requestId: string) {
  const r = await openRequest(services, requestId);
  await close(services, actor, requestId, 'cancelled', r.transfer_id, { applicationId: r.application_id, action: r.action, requestedBy: r.requested_by });
  return { requestId };
}
