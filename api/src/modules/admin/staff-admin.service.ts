// Staff accounts as an administrator sees them, and lifting a lockout (audited).
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';

export async function listStaff(services: Services) {
  const now = services.clock();
  const rows = await services.database.db
    .selectFrom('staff')
    .select(['id', 'username', 'display_name', 'role', 'office_id', 'window_id', 'active', 'locked_until', 'failed_logins'])
    .orderBy('office_id')
    .orderBy('role')
    .orderBy('username')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    officeId: r.office_id,
    windowId: r.window_id,
    active: r.active,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until && r.locked_until > now ? r.locked_until.toISOString() : null,
  }));
}

export async function unlockStaff(services: Services, actor: StaffActor, staffId: string): Promise<void> {
  const now = services.clock();
  await services.database.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('staff').set({ locked_until: null, failed_logins: 0 }).where('id', '=', staffId).returning('id').executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'staff.not_found');
    await appendAudit(trx, { at: now, actorKind: 'staff', actorId: actor.id, action: 'auth.unlocked', subjectType: 'staff', subjectId: staffId });
  });
}
