// Final approval of a withdrawal paid by transfer: inside the decision's own transaction, reserve
// the money, choose the card, write the payment instruction and its outbox job. All or nothing —
// if the money is not there the whole decision rolls back, and once the decision commits the job
// exists, so no approved withdrawal can be forgotten (the runner picks it up even after a crash).
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { SYSTEM_ACTOR, type CommandResult } from '../applications/application-commands';
import { loadForUpdate, type LockedApplication } from '../applications/application.repository';
import { appendAudit, type AuditBatch } from '../audit/audit.repository';
import { transition } from './transfer-transition';

export const TRANSFER_SEND = 'transfer.send';

/** Stable per application: the first instruction's idempotency key is the transfer id itself. */
export function transferIdOf(applicationId: string): string {
  return `TR-${applicationId}`;
}

/**
 * The payee card: the applicant's active fund co-branded (joint) card, else their newest active
 * card. Only cards registered to the applicant's own ID number qualify (domain §3.5).
 */
async function payeeCard(trx: Transaction<DB>, idNumber: string) {
  return trx
    .selectFrom('bank_cards')
    .innerJoin('persons', 'persons.id_number', 'bank_cards.id_number')
    .select(['bank_cards.card_no', 'bank_cards.bank_id', 'persons.name'])
    .where('bank_cards.id_number', '=', idNumber)
    .where('bank_cards.status', '=', 'active')
    .orderBy('bank_cards.joint', 'desc')
    .orderBy('bank_cards.opened_on', 'desc')
    .orderBy('bank_cards.card_no')
    .limit(1)
    .executeTakeFirst();
}

export async function afterApproval(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference' | 'clock'>,
  application: { readonly id: string },
  /** the approved row when the approving transaction already holds it; an audit batch to append to */
  options: { current?: LockedApplication; audit?: AuditBatch } = {},
): Promise<{ transferId: string; scheduled: CommandResult }> {
  const at = services.clock();
  const current = options.current ?? (await loadForUpdate(trx, application.id));
  const app = current.row;
  if (!app.account_no) throw new AppError('PRECONDITION_FAILED', 'transfer.no_account', { applicationId: app.id });
  if (app.amount_fen <= 0) throw new AppError('PRECONDITION_FAILED', 'transfer.no_amount', { applicationId: app.id });

  const scheduled = await transition(trx, services, { applicationId: app.id, command: { type: 'schedule_transfer' }, actor: SYSTEM_ACTOR, at, current, audit: options.audit });

  // The reservation is one guarded UPDATE: concurrent approvals on one account serialise on the
  // row, and the second finds the available balance already reduced by the first.
  const reserved = await trx
    .updateTable('accounts')
    .set((eb) => ({ reserved_fen: eb('reserved_fen', '+', app.amount_fen), version: eb('version', '+', 1) }))
    .where('account_no', '=', app.account_no)
    .where((eb) => eb(eb('balance_fen', '-', eb.ref('reserved_fen')), '>=', app.amount_fen))
    .returning(['balance_fen', 'reserved_fen'])
    .executeTakeFirst();
  if (!reserved) throw new AppError('CONFLICT', 'transfer.insufficient_balance', { applicationId: app.id, amountFen: app.amount_fen });

  const card = await payeeCard(trx, app.applicant_id);
  if (!card) throw new AppError('PRECONDITION_FAILED', 'transfer.no_card', { applicationId: app.id });

  const transferId = transferIdOf(app.id);
  // The instruction and its outbox job in one statement.
  await trx
    .with('instruction', (db) =>
      db
        .insertInto('transfers')
        .values({
          id: transferId,
          application_id: app.id,
          account_no: app.account_no!,
          id_number: app.applicant_id,
          payee_name: card.name,
          card_no: card.card_no,
          bank_id: card.bank_id,
          amount_fen: app.amount_fen,
          idempotency_key: transferId,
          status: 'pending',
          created_at: at,
          updated_at: at,
        })
        .returning('id'),
    )
    .insertInto('jobs')
    .columns(['kind', 'payload', 'dedupe_key', 'run_at', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('instruction')
        .select([
          sql<string>`${TRANSFER_SEND}::text`.as('kind'),
          sql<string>`${JSON.stringify({ transferId })}::jsonb`.as('payload'),
          'instruction.id as dedupe_key',
          sql<Date>`${at}::timestamptz`.as('run_at'),
          sql<Date>`${at}::timestamptz`.as('created_at'),
        ]),
    )
    .execute();
  const entry = {
    at,
    actorKind: 'system' as const,
    actorId: null,
    action: 'transfer.scheduled',
    subjectType: 'transfer',
    subjectId: transferId,
    data: { applicationId: app.id, amountFen: app.amount_fen, bankId: card.bank_id, cardLast4: card.card_no.slice(-4) },
  };
  if (options.audit) options.audit.add(entry);
  else await appendAudit(trx, entry);
  return { transferId, scheduled };
}
