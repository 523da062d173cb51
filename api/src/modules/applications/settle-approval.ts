// What approval sets in motion, in the approving transaction: a withdrawal's transfer is
// scheduled (balance reserved, outbox job written); a business with nothing to deliver closes;
// a loan waits for its approval letter (issued by the clerk or the letter job).
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Services } from '../../trpc/context';
import { applyCommand, SYSTEM_ACTOR, type CommandResult } from './application-commands';

export async function settleApproval(trx: Transaction<DB>, services: Pick<Services, 'reference'>, approved: CommandResult, at: Date): Promise<CommandResult> {
  switch (approved.app.fulfilment) {
    case 'none':
      return applyCommand(trx, services, { applicationId: approved.app.id, command: { type: 'close', expectedVersion: approved.app.version }, actor: SYSTEM_ACTOR, at });
    case 'transfer':
      return approved;
    case 'loan_disbursement':
      return approved;
  }
}
