// Moves the application that a transfer pays through the workflows state machine, as the system
// or a supervisor, inside the caller's transaction. The version is read under the row lock that
// applyCommand works on, so the expected version is always the current one: a transfer outcome
// is a fact from the bank, not a screen that can be stale.
import type { Transaction } from 'kysely';
import type { Command } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import type { Services } from '../../trpc/context';
import type { WriteBatch } from '../audit/audit.repository';
import { applyCommand, type CommandActor, type CommandResult } from '../applications/application-commands';
import { loadForUpdate, type LockedApplication } from '../applications/application.repository';

type Unversioned<C> = C extends Command ? Omit<C, 'expectedVersion'> : never;

export async function transition(
  trx: Transaction<DB>,
  services: Pick<Services, 'reference'>,
  input: { applicationId: string; command: Unversioned<Command>; actor: CommandActor; at: Date; current?: LockedApplication; audit?: WriteBatch },
): Promise<CommandResult> {
  const current = input.current ?? (await loadForUpdate(trx, input.applicationId));
  const command = { ...input.command, expectedVersion: current.app.version } as Command;
  return applyCommand(trx, services, { applicationId: input.applicationId, command, actor: input.actor, at: input.at, current, ...(input.audit ? { audit: input.audit } : {}) });
}
