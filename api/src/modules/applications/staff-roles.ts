// A staff member's role as the state machine and the queues see it.
import type { Role } from '@onetrip/workflows';
import type { StaffActor } from '../../trpc/context';
import type { CommandActor } from './application-commands';
import type { TaskRole } from '../tasks/task.repository';

export function commandActor(actor: StaffActor): CommandActor {
  return { id: actor.id, roles: [actor.role as Role], kind: 'staff' };
}

/** The task roles whose queues this person works (an approver does the approval steps only). */
export function taskRoles(actor: StaffActor): TaskRole[] {
  return actor.role === 'reviewer' ? ['reviewer'] : actor.role === 'approver' ? ['approver'] : [];
}
