// What a supervisor may do with a transfer the bank rejected: send it again (to the same card or
// after the applicant fixed it) or reverse it, which releases the reserved money to the account.
// Both will need a second supervisor's confirmation (the supervisor issue); here they already
// refuse a supervisor who decided the application, or who took the last action on this transfer.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import type { CommandActor } from '../applications/application-commands';
import { appendAudit } from '../audit/audit.repository';
import { TRANSFER_SEND } from './transfer-scheduler';
import type { TransferRow } from './transfer-settlement';
import { transition } from './transfer-transition';

async function lockFailed(trx: Transaction<DB>, applicationId: string, actor: CommandActor): Promise<TransferRow> {
  const t = await trx.selectFrom('transfers').selectAll().where('application_id', '=', applicationId).forUpdate().executeTakeFirst();
  if (!t) throw new AppError('NOT_FOUND', 'transfer.not_found', { applicationId });
  if (t.status !== 'failed') throw new AppError('CONFLICT', 'transfer.not_failed', { applicationId, status: t.status });
  if (t.last_action_by === actor.id) throw new AppError('FORBIDDEN', 'transfer.same_supervisor', { applicationId });
  const decided = await trx
    .selectFrom('application_actions')
    .select('step')
    .where('application_id', '=', applicationId)
    .where('actor_id', '=', actor.id)
    .executeTakeFirst();
  if (decided) throw new AppError('FORBIDDEN', 'transfer.four_eyes', { applicationId, step: decided.step });
  return t;
}

/** The next key for a re-sent instruction: the old key keeps its rejection at the bank. */
export function nextIdempotencyKey(transferId: string, current: string): string {
  const m = /\.r(\d+)$/.exec(current);
  return `${transferId}.r${m ? Number(m[1]) + 1 : 1}`;
}

export async function retryTransfer(services: Services, input: { applicationId: string; actor: CommandActor }): Promise<TransferRow> {
  const at = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const t = await lockFailed(trx, input.applicationId, input.actor);
    await transition(trx, services, { applicationId: t.application_id, command: { type: 'retry_transfer' }, actor: input.actor, at });
    const key = nextIdempotencyKey(t.id, t.idempotency_key);
    const updated = await trx
      .updateTable('transfers')
      .set({ status: 'pending', idempotency_key: key, bank_code: null, settled_at: null, last_error: null, last_action_by: input.actor.id, updated_at: at })
      .where('id', '=', t.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The transfer's one job row is put back in the queue (its dedupe key is the transfer id).
    await trx
      .insertInto('jobs')
      .values({ kind: TRANSFER_SEND, payload: JSON.stringify({ transferId: t.id }), dedupe_key: t.id, run_at: at, created_at: at })
      .onConflict((oc) =>
        oc.column('dedupe_key').doUpdateSet({ status: 'pending', run_at: at, attempts: 0, locked_by: null, locked_until: null, last_error: null, finished_at: null }),
      )
      .execute();
    await appendAudit(trx, {
      at,
      actorKind: 'staff',
      actorId: input.actor.id,
      action: 'transfer.retried',
      subjectType: 'transfer',
      subjectId: t.id,
      data: { applicationId: t.application_id, previousKey: t.idempotency_key, idempotencyKey: key, bankCode: t.bank_code },
    });
    return updated;
  });
}

export async function reverseTransfer(
  services: Services,
  input: { applicationId: string; actor: CommandActor; reasonCodes: readonly string[] },
): Promise<TransferRow> {
  const at = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const t = await lockFailed(trx, input.applicationId, input.actor);
    await transition(trx, services, { applicationId: t.application_id, command: { type: 'reverse_transfer', reasonCodes: input.reasonCodes }, actor: input.actor, at });
    await trx
      .updateTable('accounts')
      .set((eb) => ({ reserved_fen: eb('reserved_fen', '-', t.amount_fen), version: eb('version', '+', 1) }))
      .where('account_no', '=', t.account_no)
      .executeTakeFirstOrThrow();
    const updated = await trx
      .updateTable('transfers')
      .set({ status: 'reversed', last_action_by: input.actor.id, updated_at: at })
      .where('id', '=', t.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at,
      actorKind: 'staff',
      actorId: input.actor.id,
      action: 'transfer.reversed',
      subjectType: 'transfer',
      subjectId: t.id,
      data: { applicationId: t.application_id, amountFen: t.amount_fen, reasonCodes: [...input.reasonCodes] },
    });
    return updated;
  });
}
