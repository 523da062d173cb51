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
import { appendAudit, type WriteBatch } from '../audit/audit.repository';
import { transition } from './transfer-transition';

export const TRANSFER_SEND = 'transfer.send';

/** Stable per application: the first instruction's idempotency key is the transfer id itself. */
export function transferIdOf(applicationId: string): string {
  return `TR-${applicationId}`;
}

export async function afterApproval(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference' | 'clock'>,
  application: { readonly id: string },
  /** the approved row when the approving transaction already holds it; an audit batch to append to */
  options: { current?: LockedApplication; audit?: WriteBatch } = {},
): Promise<{ transferId: string; scheduled: CommandResult }> {
  const at = services.clock();
  const current = options.current ?? (await loadForUpdate(trx, application.id));
  const app = current.row;
  if (!app.account_no) throw new AppError('PRECONDITION_FAILED', 'transfer.no_account', { applicationId: app.id });
  if (app.amount_fen <= 0) throw new AppError('PRECONDITION_FAILED', 'transfer.no_amount', { applicationId: app.id });

  const scheduled = await transition(trx, services, { applicationId: app.id, command: { type: 'schedule_transfer' }, actor: SYSTEM_ACTOR, at, current, audit: options.audit });

  // One statement: the reservation — a guarded UPDATE, so concurrent approvals on one account
  // serialise on the row and the second finds the available balance already reduced by the first —
  // the payee card, the instruction paying it and its outbox job. The card is the applicant's
  // active fund co-branded (joint) card, else their newest active card; only cards registered to
  // the applicant's own ID number qualify (domain §3.5). When the money or the card is missing the
  // error below rolls the whole decision back, the instruction with it.
  const transferId = transferIdOf(app.id);
  const written = await trx
    .with('reserved', (db) =>
      db
        .updateTable('accounts')
        .set((eb) => ({ reserved_fen: eb('reserved_fen', '+', app.amount_fen), version: eb('version', '+', 1) }))
        .where('account_no', '=', app.account_no!)
        .where((eb) => eb(eb('balance_fen', '-', eb.ref('reserved_fen')), '>=', app.amount_fen))
        .returning('account_no'),
    )
    .with('card', (db) =>
      db
        .selectFrom('bank_cards')
        .innerJoin('persons', 'persons.id_number', 'bank_cards.id_number')
        .select(['bank_cards.card_no', 'bank_cards.bank_id', 'persons.name'])
        .where('bank_cards.id_number', '=', app.applicant_id)
        .where('bank_cards.status', '=', 'active')
        .orderBy('bank_cards.joint', 'desc')
        .orderBy('bank_cards.opened_on', 'desc')
        .orderBy('bank_cards.card_no')
        .limit(1),
    )
    .with('instruction', (db) =>
      db
        .insertInto('transfers')
        .columns(['id', 'application_id', 'account_no', 'id_number', 'payee_name', 'card_no', 'bank_id', 'amount_fen', 'idempotency_key', 'status', 'created_at', 'updated_at'])
        .expression((eb) =>
          eb
            .selectFrom('card')
            .select([
              sql<string>`${transferId}::text`.as('id'),
              sql<string>`${app.id}::text`.as('application_id'),
              sql<string>`${app.account_no}::text`.as('account_no'),
              sql<string>`${app.applicant_id}::text`.as('id_number'),
              'card.name',
              'card.card_no',
              'card.bank_id',
              sql<number>`${app.amount_fen}::bigint`.as('amount_fen'),
              sql<string>`${transferId}::text`.as('idempotency_key'),
              sql<string>`'pending'`.as('status'),
              sql<Date>`${at}::timestamptz`.as('created_at'),
              sql<Date>`${at}::timestamptz`.as('updated_at'),
            ]),
        )
        .returning(['id', 'card_no', 'bank_id']),
    )
    .with('job', (db) =>
      db
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
        ),
    )
    .selectNoFrom((eb) => [
      eb.selectFrom('reserved').select((e) => e.fn.countAll<string>().as('n')).as('reserved'),
      eb.selectFrom('instruction').select(['instruction.card_no']).as('card_no'),
      eb.selectFrom('instruction').select(['instruction.bank_id']).as('bank_id'),
    ])
    .executeTakeFirstOrThrow();
  if (Number(written.reserved) !== 1) throw new AppError('CONFLICT', 'transfer.insufficient_balance', { applicationId: app.id, amountFen: app.amount_fen });
  if (!written.card_no || !written.bank_id) throw new AppError('PRECONDITION_FAILED', 'transfer.no_card', { applicationId: app.id });
  const card = { card_no: written.card_no, bank_id: written.bank_id };

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
