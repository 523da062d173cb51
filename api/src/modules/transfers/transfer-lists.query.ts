// What the supervisor's transfer page reads: transfers still on their way, rejected and returned
// ones (each with its open two-person request, if any), and the latest reconciliation runs with
// every difference.
import { maskBankCard } from '@onetrip/workflows';
import type { Services } from '../../trpc/context';

const GROUPS = {
  pending: ['pending', 'sent', 'unknown'],
  failed: ['failed'],
  returned: ['returned'],
} as const;
/** Per group; the page is for the exceptions of the last days, not an archive. */
const LIST_LIMIT = 200;
const RUNS = 7;

async function group(services: Services, statuses: readonly string[]) {
  const rows = await services.database.db
    .selectFrom('transfers as t')
    .leftJoin('transfer_action_requests as r', (j) => j.onRef('r.transfer_id', '=', 't.id').on('r.status', '=', 'pending'))
    .leftJoin('staff as s', 's.id', 'r.requested_by')
    .select(['t.id', 't.application_id', 't.payee_name', 't.card_no', 't.amount_fen', 't.status', 't.bank_code', 't.attempts', 't.last_error', 't.updated_at'])
    .select(['r.id as request_id', 'r.action', 'r.reason_codes', 'r.requested_by', 'r.requested_at', 's.display_name as requested_by_name'])
    .where('t.status', 'in', statuses as string[] as never)
    .orderBy('t.updated_at', 'desc')
    .orderBy('t.id')
    .limit(LIST_LIMIT)
    .execute();
  return rows.map((r) => ({
    transferId: r.id,
    applicationId: r.application_id,
    payeeName: r.payee_name,
    cardMasked: maskBankCard(r.card_no),
    amountFen: Number(r.amount_fen),
    status: r.status,
    bankCode: r.bank_code,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    updatedAt: new Date(r.updated_at).toISOString(),
    request:
      r.request_id === null || r.action === null || r.requested_by === null || r.requested_at === null
        ? null
        : {
            requestId: String(r.request_id),
            action: r.action,
            reasonCodes: (r.reason_codes ?? []) as string[],
            requestedById: r.requested_by,
            requestedBy: r.requested_by_name ?? r.requested_by,
            requestedAt: new Date(r.requested_at).toISOString(),
          },
  }));
}

export async function transferLists(services: Services) {
  const [pending, failed, returned] = await Promise.all([group(services, GROUPS.pending), group(services, GROUPS.failed), group(services, GROUPS.returned)]);
  return { pending, failed, returned, limit: LIST_LIMIT };
}

export async function reconciliationRuns(services: Services) {
  const { db } = services.database;
  const runs = await db.selectFrom('reconciliation_runs').selectAll().orderBy('id', 'desc').limit(RUNS).execute();
  const ids = runs.map((r) => r.id);
  const diffs = ids.length ? await db.selectFrom('reconciliation_differences').selectAll().where('run_id', 'in', ids).orderBy('id').execute() : [];
  return runs.map((run) => ({
    runId: String(run.id),
    statementDate: run.statement_date,
    startedAt: new Date(run.started_at).toISOString(),
    finishedAt: run.finished_at ? new Date(run.finished_at).toISOString() : null,
    bankPayments: Number(run.bank_payments),
    localTransfers: Number(run.local_transfers),
    differences: diffs
      .filter((d) => String(d.run_id) === String(run.id))
      .map((d) => ({
        id: String(d.id),
        kind: d.kind,
        transferId: d.transfer_id,
        applicationId: d.application_id,
        localAmountFen: d.local_amount_fen === null ? null : Number(d.local_amount_fen),
        bankAmountFen: d.bank_amount_fen === null ? null : Number(d.bank_amount_fen),
        localStatus: d.local_status,
        bankStatus: d.bank_status,
        resolvedAt: d.resolved_at ? new Date(d.resolved_at).toISOString() : null,
      })),
  }));
}
