import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../seed/organisation';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import type { StaffActor } from '../../trpc/context';
import { deleteView, listViews, saveView } from './saved-views.service';

describe.each(await testTargets())('team saved views on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedOrganisation(trx));
  const actor = (id: string): StaffActor => ({ kind: 'staff', id, username: id, displayName: id, role: 'reviewer', officeId: 'HRB-DL', windowId: null, sessionId: 's' });

  it.skipIf(!!skip)('a shared view serves the team, a private one only its owner; only the owner deletes', async () => {
    const [a, b] = [actor('S013'), actor('S014')];
    const shared = await saveView(h.services, a, { name: '道里·贷款·今日到期', shared: true, filters: { branchId: 'HRB-DL', businessTypes: ['loan.purchase'], sla: 'at_risk' } });
    await saveView(h.services, a, { name: '我的', shared: false, filters: { assignee: 'me' } });
    expect((await listViews(h.services, b)).map((v) => v.name)).toEqual(['道里·贷款·今日到期']);
    const mine = await listViews(h.services, a);
    expect(mine).toHaveLength(2);
    expect(mine.find((v) => v.name === '道里·贷款·今日到期')?.filters).toMatchObject({ branchId: 'HRB-DL', sla: 'at_risk', sort: { field: 'due', dir: 'asc' }, limit: 50 });
    // Saving under the same name updates it.
    await saveView(h.services, a, { name: '道里·贷款·今日到期', shared: true, filters: { branchId: 'HRB-NG' } });
    expect((await listViews(h.services, b))[0]?.filters).toMatchObject({ branchId: 'HRB-NG' });
    await expect(saveView(h.services, a, { name: 'bad', shared: true, filters: { sla: 'someday' } })).rejects.toMatchObject({ appCode: 'view.filters_invalid' });
    await expect(deleteView(h.services, b, shared.id)).rejects.toMatchObject({ appCode: 'view.not_found' });
    await deleteView(h.services, a, shared.id);
    expect(await listViews(h.services, b)).toEqual([]);
  });
});
