// Nightly reconciliation: our transfers against the bank's statement for one booking date. Every
// difference is recorded for supervisors (reconciliation_differences, open until resolved). A
// returned payment (退票) is the one difference we also act on: the money is back at the center,
// so it goes back on the account, and the supervisor decides what happens to the application.
import type { Insertable, Transaction } from 'kysely';
import type { DB, ReconciliationDifferencesTable } from '../../db/schema';
import type { JobHandler } from '../../jobs/job-runner';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import type { BankGateway, BankStatement, StatementLine } from './bank-gateway';
import type { TransferRow } from './transfer-settlement';

export const TRANSFER_RECONCILE = 'transfer.reconcile';

type Difference = Omit<Insertable<ReconciliationDifferencesTable>, 'run_id' | 'created_at' | 'detail'> & { detail?: Record<string, unknown> };

export interface ReconciliationResult {
  readonly runId: number;
  readonly date: string;
  readonly bankPayments: number;
  readonly localTransfers: number;
  readonly differences: readonly Difference[];
}

async function markReturned(trx: Transaction<DB>, t: TransferRow, line: StatementLine, at: Date): Promise<void> {
  await trx.updateTable('transfers').set({ status: 'returned', updated_at: at }).where('id', '=', t.id).execute();
  await trx
    .updateTable('accounts')
    .set((eb) => ({ balance_fen: eb('balance_fen', '+', t.amount_fen), version: eb('version', '+', 1) }))
    .where('account_no', '=', t.account_no)
    .executeTakeFirstOrThrow();
  await appendAudit(trx, {
    at,
    actorKind: 'system',
    actorId: null,
    action: 'transfer.returned',
    subjectType: 'transfer',
    subjectId: t.id,
    data: { applicationId: t.application_id, amountFen: t.amount_fen, bankReference: line.bankReference, returnedOn: line.returnedOn },
  });
}

/** Compares in memory: one statement, the transfers it names and the ones booked that day. */
async function compare(trx: Transaction<DB>, statement: BankStatement, at: Date): Promise<{ differences: Difference[]; local: number }> {
  const lines = [...statement.payments, ...statement.returns];
  const keys = [...new Set(lines.map((l) => l.idempotencyKey))];
  const named = keys.length ? await trx.selectFrom('transfers').selectAll().where('idempotency_key', 'in', keys).forUpdate().execute() : [];
  const booked = await trx.selectFrom('transfers').selectAll().where('value_date', '=', statement.date).forUpdate().execute();
  const byKey = new Map([...named, ...booked].map((t) => [t.idempotency_key, t]));
  const differences: Difference[] = [];
  const of = (kind: Difference['kind'], t: TransferRow | undefined, line: StatementLine | undefined, detail: Record<string, unknown> = {}): Difference => ({
    kind,
    transfer_id: t?.id ?? null,
    application_id: t?.application_id ?? null,
    idempotency_key: t?.idempotency_key ?? line?.idempotencyKey ?? null,
    local_amount_fen: t?.amount_fen ?? null,
    bank_amount_fen: line?.amountFen ?? null,
    local_status: t?.status ?? null,
    bank_status: line?.status ?? null,
    detail,
  });

  // Two booked payments for one instruction of ours: only a bug on our side could send them.
  const byReference = new Map<string, StatementLine[]>();
  for (const line of statement.payments) byReference.set(line.reference, [...(byReference.get(line.reference) ?? []), line]);
  for (const [reference, same] of byReference) {
    for (const extra of same.slice(1)) differences.push(of('duplicate_at_bank', byKey.get(extra.idempotencyKey), extra, { reference, payments: same.length }));
  }

  for (const line of statement.payments) {
    const t = byKey.get(line.idempotencyKey);
    if (!t) {
      differences.push(of('missing_locally', undefined, line, { reference: line.reference, bankReference: line.bankReference }));
      continue;
    }
    if (t.amount_fen !== line.amountFen) differences.push(of('amount_mismatch', t, line));
    const agrees = t.status === 'succeeded' || (t.status === 'returned' && line.status === 'returned');
    if (!agrees && !(line.status === 'returned' && t.status === 'succeeded')) differences.push(of('status_mismatch', t, line));
  }

  // A return is acted on once: the transfer leaves `succeeded`, so a re-run finds nothing to do.
  for (const line of [...statement.payments, ...statement.returns].filter((l) => l.status === 'returned')) {
    const t = byKey.get(line.idempotencyKey);
    if (t?.status !== 'succeeded') continue;
    await markReturned(trx, t, line, at);
    differences.push(of('returned', t, line, { returnedOn: line.returnedOn, bankReference: line.bankReference }));
    byKey.set(t.idempotency_key, { ...t, status: 'returned' });
  }

  const onStatement = new Set(statement.payments.map((l) => l.idempotencyKey));
  for (const t of booked) {
    if (!onStatement.has(t.idempotency_key)) differences.push(of('missing_at_bank', t, undefined, { valueDate: t.value_date, bankReference: t.bank_reference }));
  }
  return { differences, local: booked.length };
}

export async function reconcileDay(services: Services, gateway: BankGateway, date: string): Promise<ReconciliationResult> {
  const statement = await gateway.statement(date);
  const at = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const run = await trx.insertInto('reconciliation_runs').values({ statement_date: date, started_at: at }).returning('id').executeTakeFirstOrThrow();
    const { differences, local } = await compare(trx, statement, at);
    // A difference still open from an earlier run of the same day is not raised twice.
    const open = await trx
      .selectFrom('reconciliation_differences')
      .select(['kind', 'idempotency_key'])
      .where('resolved_at', 'is', null)
      .where('idempotency_key', 'in', ['', ...differences.map((d) => d.idempotency_key ?? '')])
      .execute();
    const seen = new Set(open.map((o) => `${o.kind}|${o.idempotency_key}`));
    const fresh = differences.filter((d) => !seen.has(`${d.kind}|${d.idempotency_key}`));
    if (fresh.length) {
      await trx
        .insertInto('reconciliation_differences')
        .values(fresh.map((d) => ({ ...d, run_id: run.id, created_at: at, detail: JSON.stringify(d.detail ?? {}) })))
        .execute();
    }
    const bankPayments = statement.payments.length;
    await trx
      .updateTable('reconciliation_runs')
      .set({ finished_at: at, bank_payments: bankPayments, local_transfers: local, differences: differences.length })
      .where('id', '=', run.id)
      .execute();
    await appendAudit(trx, {
      at,
      actorKind: 'system',
      actorId: null,
      action: 'reconciliation.run',
      subjectType: 'reconciliation_run',
      subjectId: String(run.id),
      data: { date, bankPayments, returns: statement.returns.length, localTransfers: local, differences: differences.length },
    });
    return { runId: run.id, date, bankPayments, localTransfers: local, differences };
  });
}

/** Day D's statement is reconciled at 01:00 China time on D+1 (17:00 UTC on D). */
export function reconcileRunAt(date: string): Date {
  return new Date(`${date}T17:00:00Z`);
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Queues the reconciliation of `date` once (the dedupe key is the date). */
export async function scheduleReconciliation(services: Pick<Services, 'database' | 'clock'>, date: string): Promise<void> {
  await services.database.db
    .insertInto('jobs')
    .values({ kind: TRANSFER_RECONCILE, payload: JSON.stringify({ date }), dedupe_key: `${TRANSFER_RECONCILE}:${date}`, run_at: reconcileRunAt(date), created_at: services.clock() })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Reconciles the job's date, then queues the next day's: the nightly chain keeps itself going. */
export function reconcileHandler(services: Services, gateway: BankGateway): JobHandler {
  return async (job) => {
    const date = String(job.payload.date);
    const result = await reconcileDay(services, gateway, date);
    if (result.differences.length) services.log.warn({ date, differences: result.differences.length }, 'reconciliation found differences');
    await scheduleReconciliation(services, shiftDate(date, 1));
    return { status: 'done' };
  };
}
