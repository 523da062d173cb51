// Moves the application that a transfer pays through the workflows state machine, as the system
// or a supervisor, inside the caller's transaction. The version is read under the row lock that
// applyCommand also takes, so the expected version is always the current one: a transfer outcome
// is a fact from the bank, not a screen that can be stale.
import type { Transaction } from 'kysely';
import type { Command } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import type { Services } from '../../trpc/context';
import { applyCommand, type CommandActor, type CommandResult } from '../applications/application-commands';

type Unversioned<C> = C extends Command ? Omit<C, 'expectedVersion'> : never;

export async function transition(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: { applicationId: string; command: Unversioned<Command>; actor: CommandActor; at: Date },
): Promise<CommandResult> {
  const { version } = await trx.selectFrom('applications').select('version').where('id', '=', input.applicationId).forUpdate().executeTakeFirstOrThrow();
  const command = { ...input.command, expectedVersion: version } as Command;
  return applyCommand(trx, services, { applicationId: input.applicationId, command, actor: input.actor, at: input.at });
}
