// Loading and storing applications as the workflows state machine sees them.
import type { Transaction } from 'kysely';
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
}

/** Locks the row and reads it with who acted on it, in one statement. */
export async function loadForUpdate(trx: Transaction<DB>, id: string): Promise<LockedApplication> {
  const found = await trx
    .selectFrom('applications')
    .selectAll('applications')
    .select((eb) =>
      jsonArrayFrom(eb.selectFrom('application_actions as a').select(['a.step', 'a.actor_id', 'a.at']).whereRef('a.application_id', '=', 'applications.id').orderBy('a.at')).as('acted'),
    )
    .where('id', '=', id)
    .forUpdate('applications')
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', 'application.not_found');
  const { acted, ...row } = found;
  // Inside JSON the timestamps arrive as text.
  return { row, app: toDomain(row, acted.map((a) => ({ step: a.step, actor_id: a.actor_id, at: new Date(a.at) }))) };
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
