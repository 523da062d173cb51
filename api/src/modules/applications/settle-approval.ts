// What approval sets in motion, in the approving transaction: a withdrawal's transfer is
// scheduled (balance reserved, outbox job written — transfers/transfer-scheduler.ts); a business
// with nothing to deliver closes; a loan's approval letter job is written (loans/).
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Services } from '../../trpc/context';
import type { WriteBatch } from '../audit/audit.repository';
import { scheduleApprovalLetter } from '../loans/loan-fulfilment.service';
import { afterApproval } from '../transfers/transfer-scheduler';
import { applyCommand, SYSTEM_ACTOR, type CommandResult } from './application-commands';

export async function settleApproval(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference' | 'clock'>,
  approved: CommandResult,
  at: Date,
  /** the approving transaction's batch, when it appends its audit rows last */
  audit?: WriteBatch,
): Promise<CommandResult> {
  switch (approved.app.fulfilment) {
    case 'none':
      return applyCommand(trx, services, { applicationId: approved.app.id, command: { type: 'close', expectedVersion: approved.app.version }, actor: SYSTEM_ACTOR, at, current: approved, audit });
    case 'transfer':
      return (await afterApproval(trx, services, approved.app, { current: approved, audit })).scheduled;
    case 'loan_disbursement':
      await scheduleApprovalLetter(trx, approved.app.id, at);
      return approved;
  }
}
