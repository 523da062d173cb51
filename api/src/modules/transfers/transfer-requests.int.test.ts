// The two-person rule on a rejected transfer, on both databases: supervisor A asks, A cannot
// confirm their own request, B confirms and the action runs; the lists and the reconciliation
// runs show what the supervisor's page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf } from '../../testing/app-code';
import { chinaDate } from '../../simulators/bank/bank-ledger';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { reconcileDay } from './reconciliation';
import { reconciliationRuns, transferLists } from './transfer-lists.query';
import { cancelTransferAction, confirmTransferAction, requestTransferAction } from './transfer-requests.service';
import { seedApprovedWithdrawals } from './testing/transfer-fixtures';
import { drain, startBank, transferRunner, type BankHarness } from './testing/transfer-harness';
import { staffActorOf } from '../auth/session.repository';

describe.each(await testTargets())('transfer requests on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  let bank: BankHarness;
  let a: StaffActor;
  let b: StaffActor;
  const statusOf = async (applicationId: string) => (await t.database.db.selectFrom('transfers').select('status').where('application_id', '=', applicationId).executeTakeFirstOrThrow()).status;

  beforeAll(async () => {
    if (skip) return;
    // No faults here: a generous timeout keeps a loaded machine from turning a slow answer into "unknown".
    [t, bank] = await Promise.all([createTestDatabase(kind), startBank(5_000)]);
    services = testServices(t.database);
    services.clock.set(new Date());
  });
  afterAll(async () => {
    await bank?.dispose();
    await t?.dispose();
  });

  it.skipIf(!!skip)('needs a second supervisor to re-send, and one open request per transfer', async () => {
    const ws = await seedApprovedWithdrawals(services, 2, { prefix: 'Q', invalidCard: () => true });
    const sups = await t.database.db.selectFrom('staff').selectAll().where('role', '=', 'supervisor').orderBy('id').limit(2).execute();
    [a, b] = sups.map((r) => staffActorOf(r, 'test')) as [StaffActor, StaffActor];
    await drain(transferRunner(services, bank.gateway));
    const [w1, w2] = ws.map((w) => w.applicationId) as [string, string];
    expect(await statusOf(w1)).toBe('failed');

    const lists = await transferLists(services);
    expect(lists.failed.map((f) => f.applicationId).sort()).toEqual([w1, w2]);
    expect(lists.failed[0]!.cardMasked).toContain('****');

    const { requestId } = await requestTransferAction(services, a, { applicationId: w1, action: 'retry', reasonCodes: [] });
    expect(await appCodeOf(requestTransferAction(services, b, { applicationId: w1, action: 'reverse', reasonCodes: ['card_invalid'] }))).toBe('transfer.request_pending');
    expect(await appCodeOf(confirmTransferAction(services, a, requestId))).toBe('transfer.same_supervisor');
    expect(await statusOf(w1)).toBe('failed');
    expect((await transferLists(services)).failed.find((f) => f.applicationId === w1)!.request).toMatchObject({ requestId, action: 'retry', requestedById: a.id });

    expect(await confirmTransferAction(services, b, requestId)).toMatchObject({ transferStatus: 'pending' });
    expect(await statusOf(w1)).toBe('pending');
    expect(await appCodeOf(confirmTransferAction(services, b, requestId))).toBe('transfer.request_closed');
    expect(await appCodeOf(requestTransferAction(services, a, { applicationId: w1, action: 'retry', reasonCodes: [] }))).toBe('transfer.not_failed');

    // A reversal needs its reasons; a request can be withdrawn, and then a new one is possible.
    expect(await appCodeOf(requestTransferAction(services, a, { applicationId: w2, action: 'reverse', reasonCodes: [] }))).toBe('transfer.reasons_required');
    const first = await requestTransferAction(services, a, { applicationId: w2, action: 'reverse', reasonCodes: ['card_invalid'] });
    await cancelTransferAction(services, b, first.requestId);
    const second = await requestTransferAction(services, b, { applicationId: w2, action: 'reverse', reasonCodes: ['card_invalid'] });
    await confirmTransferAction(services, a, second.requestId);
    expect(await statusOf(w2)).toBe('reversed');

    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'actor_id']).where('action', 'like', 'transfer.%').orderBy('seq').execute();
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['transfer.action_requested', 'transfer.retried', 'transfer.action_confirmed', 'transfer.action_cancelled', 'transfer.reversed']),
    );
  });

  it.skipIf(!!skip)('lists the latest reconciliation runs with every difference', async () => {
    await drain(transferRunner(services, bank.gateway));
    await reconcileDay(services, bank.gateway, chinaDate(new Date()));
    const runs = await reconciliationRuns(services);
    expect(runs.length).toBe(1);
    expect(runs[0]!.statementDate).toBe(chinaDate(new Date()));
    const counted = await t.database.db.selectFrom('reconciliation_differences').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(runs[0]!.differences.length).toBe(Number(counted.n));
  });
});
