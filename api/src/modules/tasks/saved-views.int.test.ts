import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../seed/organisation';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { deleteView, listViews, saveView } from './saved-views.service';

describe.each(await testTargets())('team saved views on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  const actor = (id: string): StaffActor => ({ kind: 'staff', id, username: id, displayName: id, role: 'reviewer', officeId: 'HRB-DL', windowId: null, sessionId: 's' });
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    services = testServices(t.database);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('a shared view serves the team, a private one only its owner; only the owner deletes', async () => {
    const [a, b] = [actor('S013'), actor('S014')];
    const shared = await saveView(services, a, { name: '道里·贷款·今日到期', shared: true, filters: { branchId: 'HRB-DL', businessTypes: ['loan.purchase'], sla: 'at_risk' } });
    await saveView(services, a, { name: '我的', shared: false, filters: { assignee: 'me' } });
    expect((await listViews(services, b)).map((v) => v.name)).toEqual(['道里·贷款·今日到期']);
    const mine = await listViews(services, a);
    expect(mine).toHaveLength(2);
    expect(mine.find((v) => v.name === '道里·贷款·今日到期')?.filters).toMatchObject({ branchId: 'HRB-DL', sla: 'at_risk', sort: { field: 'due', dir: 'asc' }, limit: 50 });
    // Saving under the same name updates it.
    await saveView(services, a, { name: '道里·贷款·今日到期', shared: true, filters: { branchId: 'HRB-NG' } });
    expect((await listViews(services, b))[0]?.filters).toMatchObject({ branchId: 'HRB-NG' });
    await expect(saveView(services, a, { name: 'bad', shared: true, filters: { sla: 'someday' } })).rejects.toMatchObject({ appCode: 'view.filters_invalid' });
    await expect(deleteView(services, b, shared.id)).rejects.toMatchObject({ appCode: 'view.not_found' });
    await deleteView(services, a, shared.id);
    expect(await listViews(services, b)).toEqual([]);
  });
});
