// Loading and storing applications as the workflows state machine sees them.
import type { Transaction } from 'kysely';
import { businessType, isBusinessTypeCode, type Application, type ApplicationStatus, type MissingItem, type ReviewStepId } from '@onetrip/workflows';
import type { ApplicationsTable, DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Selectable } from 'kysely';

export type ApplicationRow = Selectable<ApplicationsTable>;

export async function loadForUpdate(trx: Transaction<DB>, id: string): Promise<{ row: ApplicationRow; app: Application }> {
  const row = await trx.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'application.not_found');
  const acted = await trx.selectFrom('application_actions').select(['step', 'actor_id', 'at']).where('application_id', '=', id).orderBy('at').execute();
  return { row, app: toDomain(row, acted) };
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
