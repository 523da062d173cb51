import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../simulators/bank/bank-ledger';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { appCodeOf } from '../../testing/app-code';
import { testServices } from '../../testing/test-services';
import { verifyAuditChain } from '../audit/audit.repository';
import type { CommandActor } from '../applications/application-commands';
import { reconcileDay } from './reconciliation';
import { afterApproval } from './transfer-scheduler';
import { retryTransfer, reverseTransfer } from './transfer-supervision';
import { seedApprovedWithdrawals } from './testing/transfer-fixtures';
import { drain, startBank, transferRunner, type BankHarness } from './testing/transfer-harness';

describe.each(await testTargets())('automatic transfer on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  let bank: BankHarness;
  const db = () => t.database.db;
  const transferOf = (applicationId: string) => db().selectFrom('transfers').selectAll().where('application_id', '=', applicationId).executeTakeFirstOrThrow();
  const accountOf = (accountNo: string) => db().selectFrom('accounts').select(['balance_fen', 'reserved_fen']).where('account_no', '=', accountNo).executeTakeFirstOrThrow();
  const statusOf = async (applicationId: string) => (await db().selectFrom('applications').select('status').where('id', '=', applicationId).executeTakeFirstOrThrow()).status;
  const today = () => chinaDate(new Date());

  beforeAll(async () => {
    if (skip) return;
    [t, bank] = await Promise.all([createTestDatabase(kind), startBank(500)]);
    services = testServices(t.database);
  });
  afterAll(async () => {
    await bank?.dispose();
    await t?.dispose();
  });

  it.skipIf(!!skip)('pays an approved withdrawal to the joint card: balance, record, status, notice, audit', async () => {
    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'A' });
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: w!.amountFen });
    expect(await statusOf(w!.applicationId)).toBe('transfer_pending');
    await drain(transferRunner(services, bank.gateway));
    const tr = await transferOf(w!.applicationId);
    expect(tr).toMatchObject({ status: 'succeeded', card_no: w!.cardNo, idempotency_key: tr.id, value_date: today() });
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 2, reserved_fen: 0 });
    expect(await statusOf(w!.applicationId)).toBe('transferred');
    const rec = await db().selectFrom('withdrawal_records').selectAll().where('account_no', '=', w!.accountNo).execute();
    expect(rec).toMatchObject([{ amount_fen: w!.amountFen, business_type: 'withdrawal.rent', reason_code: '07' }]);
    const notice = await db().selectFrom('jobs').select(['kind', 'payload', 'status']).where('dedupe_key', '=', `notify.transfer_done:${w!.applicationId}`).execute();
    expect(notice).toEqual([{ kind: 'notify.transfer_done', payload: { applicationId: w!.applicationId, transferId: tr.id }, status: 'pending' }]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it.skipIf(!!skip)('refuses the approval when the available balance is short, rolling it all back', async () => {
    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'B' });
    // A second approval on the same account for more than what is left unreserved.
    const other = `${w!.applicationId}-2`;
    await db().insertInto('applications').values({
      ...(await db().selectFrom('applications').selectAll().where('id', '=', w!.applicationId).executeTakeFirstOrThrow()),
      id: other, receipt_no: null, status: 'approved', version: 0, amount_fen: w!.amountFen * 2 + 1, business_type: 'withdrawal.serious_illness',
      route: JSON.stringify([]), form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]',
    }).execute();
    const code = await appCodeOf(db().transaction().execute((trx) => afterApproval(trx, services, { id: other })));
    expect(code).toBe('transfer.insufficient_balance');
    expect(await statusOf(other)).toBe('approved');
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: w!.amountFen });
    await drain(transferRunner(services, bank.gateway));
  });

  it.skipIf(!!skip)('refuses the approval when the applicant has no active card: nothing reserved, no instruction', async () => {
    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'NC' });
    const other = `${w!.applicationId}-2`;
    await db().insertInto('applications').values({
      ...(await db().selectFrom('applications').selectAll().where('id', '=', w!.applicationId).executeTakeFirstOrThrow()),
      id: other, receipt_no: null, status: 'approved', version: 0, amount_fen: 100, business_type: 'withdrawal.serious_illness',
      route: JSON.stringify([]), form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]',
    }).execute();
    const applicant = (await db().selectFrom('applications').select('applicant_id').where('id', '=', other).executeTakeFirstOrThrow()).applicant_id;
    await db().updateTable('bank_cards').set({ status: 'closed' }).where('id_number', '=', applicant).execute();
    const code = await appCodeOf(db().transaction().execute((trx) => afterApproval(trx, services, { id: other })));
    expect(code).toBe('transfer.no_card');
    expect(await statusOf(other)).toBe('approved');
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: w!.amountFen });
    expect(await db().selectFrom('transfers').select('id').where('application_id', '=', other).execute()).toEqual([]);
    await db().updateTable('bank_cards').set({ status: 'active' }).where('id_number', '=', applicant).execute();
    await drain(transferRunner(services, bank.gateway));
  });

  it.skipIf(!!skip)('a crash after the bank accepted but before we recorded it pays once', async () => {
    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'C' });
    const tr = await transferOf(w!.applicationId);
    // What the dead runner got done: marked sent, the bank booked it, the job still leased to it.
    await db().updateTable('transfers').set({ status: 'sent', attempts: 1 }).where('id', '=', tr.id).execute();
    const booked = await bank.gateway.send({ idempotencyKey: tr.idempotency_key, cardNo: tr.card_no, name: tr.payee_name, amountFen: tr.amount_fen, reference: tr.id });
    expect(booked.outcome).toBe('accepted');
    await db().updateTable('jobs').set({ status: 'running', attempts: 1, locked_by: 'dead-runner', locked_until: new Date(services.clock().getTime() + 60_000) }).where('dedupe_key', '=', tr.id).execute();

    const runner = transferRunner(services, bank.gateway);
    expect(await runner.runOnce()).toBe(0); // the lease still holds
    services.clock.advanceMinutes(2);
    await drain(runner);
    expect(await transferOf(w!.applicationId)).toMatchObject({ status: 'succeeded', bank_reference: booked.outcome === 'accepted' ? booked.bankReference : '' });
    const st = await bank.gateway.statement(today());
    expect(st.payments.filter((p) => p.reference === tr.id)).toHaveLength(1);
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 2, reserved_fen: 0 });
  });

  it.skipIf(!!skip)('the bank down for an hour: transfers wait, then complete — none lost, none doubled', async () => {
    const ws = await seedApprovedWithdrawals(services, 5, { prefix: 'D' });
    const runner = transferRunner(services, bank.gateway);
    await bank.control({ down: 1 });
    for (let minute = 0; minute < 60; minute += 5) {
      await drain(runner);
      services.clock.advanceMinutes(5);
    }
    for (const w of ws) {
      expect((await transferOf(w.applicationId)).status).toBe('unknown');
      expect(await statusOf(w.applicationId)).toBe('transfer_pending');
    }
    await bank.control({});
    services.clock.advanceMinutes(services.config.JOB_BACKOFF_MAX_SECONDS / 60 + 1);
    await drain(runner);
    const st = await bank.gateway.statement(today());
    for (const w of ws) {
      const tr = await transferOf(w.applicationId);
      expect(tr.status).toBe('succeeded');
      expect(st.payments.filter((p) => p.reference === tr.id).map((p) => p.amountFen)).toEqual([w.amountFen]);
    }
  });

  it.skipIf(!!skip)('a rejected payment keeps its money reserved until a supervisor retries or reverses it', async () => {
    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'E', invalidCard: () => true });
    const runner = transferRunner(services, bank.gateway);
    await drain(runner);
    expect(await transferOf(w!.applicationId)).toMatchObject({ status: 'failed', bank_code: 'INVALID_CARD' });
    expect(await statusOf(w!.applicationId)).toBe('transfer_failed');
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: w!.amountFen });

    const supervisors = await db().selectFrom('staff').select('id').where('role', '=', 'supervisor').orderBy('id').execute();
    const sup = (i: number): CommandActor => ({ id: supervisors[i]!.id, roles: ['supervisor'], kind: 'staff' });
    const retried = await retryTransfer(services, { applicationId: w!.applicationId, actor: sup(0) });
    expect(retried).toMatchObject({ status: 'pending', idempotency_key: `${retried.id}.r1` });
    await drain(runner);
    expect(await transferOf(w!.applicationId)).toMatchObject({ status: 'failed', bank_code: 'INVALID_CARD' });
    // The same supervisor may not take the next action on it.
    expect(await appCodeOf(reverseTransfer(services, { applicationId: w!.applicationId, actor: sup(0), reasonCodes: ['card_invalid'] }))).toBe('transfer.same_supervisor');
    await reverseTransfer(services, { applicationId: w!.applicationId, actor: sup(1), reasonCodes: ['card_invalid'] });
    expect(await transferOf(w!.applicationId)).toMatchObject({ status: 'reversed' });
    expect(await statusOf(w!.applicationId)).toBe('reversed');
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: 0 });
    expect(await appCodeOf(retryTransfer(services, { applicationId: w!.applicationId, actor: sup(2) }))).toBe('transfer.not_failed');
  });

  it.skipIf(!!skip)('reconciliation: clean day, then a return (退票) restores the balance and is raised once; a stranger payment is raised', async () => {
    const clean = await reconcileDay(services, bank.gateway, today());
    expect(clean.differences).toEqual([]);
    expect(clean.bankPayments).toBeGreaterThanOrEqual(7);

    const [w] = await seedApprovedWithdrawals(services, 1, { prefix: 'F' });
    await drain(transferRunner(services, bank.gateway));
    const tr = await transferOf(w!.applicationId);
    expect((await fetch(`${bank.sim.url}/payments/${tr.idempotency_key}/return`, { method: 'POST' })).status).toBe(200);
    await bank.gateway.send({ idempotencyKey: 'STRANGER-1', cardNo: tr.card_no, name: 'x', amountFen: 100, reference: 'STRANGER-1' });

    const run = await reconcileDay(services, bank.gateway, today());
    expect(run.differences.map((d) => d.kind).sort()).toEqual(['missing_locally', 'returned']);
    expect(await transferOf(w!.applicationId)).toMatchObject({ status: 'returned' });
    expect(await accountOf(w!.accountNo)).toEqual({ balance_fen: w!.amountFen * 3, reserved_fen: 0 });

    const again = await reconcileDay(services, bank.gateway, today());
    expect(again.differences.map((d) => d.kind)).toEqual(['missing_locally']);
    const open = await db().selectFrom('reconciliation_differences').select(['kind', 'application_id']).where('resolved_at', 'is', null).orderBy('id').execute();
    expect(open).toEqual([{ kind: 'missing_locally', application_id: null }, { kind: 'returned', application_id: w!.applicationId }]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });
});
