// Loading and storing applications as the workflows state machine sees them.
import type { ExpressionBuilder, Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { businessType, isBusinessTypeCode, type Application, type ApplicationStatus, type MissingItem, type ReviewStepId } from '@onetrip/workflows';
import type { ApplicationsTable, DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Selectable } from 'kysely';

export type ApplicationRow = Selectable<ApplicationsTable>;

/** An application row this transaction holds locked, and the state machine's view of it. */
export interface LockedApplication {
  readonly row: ApplicationRow;
  readonly app: Application;
  /**
   * The version the database holds. It trails `row.version` while the row's newer state waits in
   * the transaction's WriteBatch; the deferred update is checked against it.
   */
  readonly storedVersion: number;
}

/** Who acted on the application, in order, as JSON (inside JSON the timestamps arrive as text). */
function actedOf(eb: ExpressionBuilder<DB, 'applications'>) {
  return jsonArrayFrom(eb.selectFrom('application_actions as a').select(['a.step', 'a.actor_id', 'a.at']).whereRef('a.application_id', '=', 'applications.id').orderBy('a.at')).as('acted');
}

function locked(found: ApplicationRow & { acted: { step: string; actor_id: string; at: string | Date }[] }): LockedApplication {
  const { acted, ...row } = found;
  return { row, app: toDomain(row, acted.map((a) => ({ step: a.step, actor_id: a.actor_id, at: new Date(a.at) }))), storedVersion: row.version };
}

/** Locks the row and reads it with who acted on it, in one statement. */
export async function loadForUpdate(trx: Transaction<DB>, id: string): Promise<LockedApplication> {
  const found = await trx.selectFrom('applications').selectAll('applications').select(actedOf).where('id', '=', id).forUpdate('applications').executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', 'application.not_found');
  return locked(found);
}

/** A review task and its application, both locked, in one statement (a decision needs both). */
export async function loadTaskForUpdate(
  trx: Transaction<DB>,
  taskId: number,
): Promise<{ task: { status: string; assigneeId: string | null }; current: LockedApplication } | undefined> {
  const found = await trx
    .selectFrom('tasks')
    .innerJoin('applications', 'applications.id', 'tasks.application_id')
    .select(['tasks.status as task_status', 'tasks.assignee_id as task_assignee_id'])
    .selectAll('applications')
    .select(actedOf)
    .where('tasks.id', '=', taskId)
    .forUpdate(['tasks', 'applications'])
    .executeTakeFirst();
  if (!found) return undefined;
  const { task_status, task_assignee_id, ...application } = found;
  return { task: { status: task_status, assigneeId: task_assignee_id }, current: locked(application) };
}

export function toDomain(row: ApplicationRow, acted: { step: string; actor_id: string; at: Date }[]): Application {
  if (!isBusinessTypeCode(row.business_type)) throw new Error(`unknown business type ${row.business_type} on ${row.id}`);
  return {
    id: row.id,
    businessType: row.business_type,
    applicantId: row.applicant_id,
    amountFen: row.amount_fen,
    fulfilment: businessType(row.business_type).fulfilment,
    status: row.status as ApplicationStatus,
    step: row.step as ReviewStepId | null,
    route: row.route as ReviewStepId[],
    version: row.version,
    acted: acted.map((a) => ({ step: a.step as Application['acted'][number]['step'], actorId: a.actor_id, at: a.at })),
    missingItems: row.missing_items as MissingItem[],
    reasonCodes: row.reason_codes,
    transferAttempts: row.transfer_attempts,
  };
}
