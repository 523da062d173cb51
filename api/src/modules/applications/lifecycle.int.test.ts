// The application lifecycle through the API h.services on both databases: counter acceptance,
// review queues, four eyes, stale versions, double clicks, return for supplement with the SLA
// clock paused for exactly the waiting days, and 50 reviewers claiming at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TRPCError } from '@trpc/server';
import { appCodeOf } from '../../testing/app-code';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { seedCapturedPage } from '../../testing/captured-page.fixtures';
import type { StaffActor } from '../../trpc/context';
import { seedApplicantFixtures, PEOPLE } from '../applicants/applicant.fixtures';
import { verifyAuditChain } from '../audit/audit.repository';
import { acceptAtCounter } from '../intake/intake.service';
import { prepareIntake } from '../intake/prepare.service';
import { decideTask } from '../review/decide.service';
import { claim, claimNext, reassign } from '../tasks/task.service';
import { applyCommand } from './application-commands';
import { commandActor } from './staff-roles';


const key = () => `k-${randomUUID()}`;

describe.each(await testTargets())('application lifecycle on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, async (trx) => {
    await seedApplicantFixtures(trx);
    await seedCapturedPage(trx, 'a'.repeat(64));
  }, { SHARING_SIM_LATENCY_MS: 0 });
  const as = (u: string) => h.staff(u);
  beforeAll(() => {
    if (!skip) h.services.clock.set('2026-11-20T02:00:00Z'); // Friday 10:00 in Shanghai
  });

  /** A rent application accepted at the counter with every needed material scanned. */
  async function acceptRent(clerk = 'clerk01', amountFen = 1_000_000, idempotencyKey = key()) {
    const prep = await prepareIntake(h.services, { idNumber: PEOPLE.renter.idNumber, businessType: 'withdrawal.rent', answers: { rent_above_cap: false, public_rental: false, agent_applies: false } });
    const materials = prep.checklist.items
      .filter((i) => i.status === 'required' || i.status === 'ask')
      .map((i) => ({ materialId: i.materialId, pages: ['a'.repeat(64)] }));
    return acceptAtCounter(h.services, as(clerk), {
      form: {
        channel: 'counter',
        businessType: 'withdrawal.rent',
        applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
        requestedAmountFen: amountFen,
        answers: { rent_above_cap: false, public_rental: false, agent_applies: false },
        details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
      },
      materials,
      idempotencyKey,
    });
  }

  it.skipIf(!!skip)('accepts a rent withdrawal at the counter: receipt, promised date, first review task', async () => {
    const acceptKey = key();
    const receipt = await acceptRent('clerk01', 1_000_000, acceptKey);
    expect(receipt.receiptNo).toMatch(/^SL20261120DL\d{4}$/);
    // The QR code opens the public progress page with the receipt filled in, as a whole address.
    expect(receipt.progressUrl).toBe(`http://localhost:3000/progress?receipt=${receipt.receiptNo}`);
    // Accepted Friday 10:00 → three working days: Mon 23, Tue 24, Wed 25.
    expect(receipt.dueOn).toBe('2026-11-25');
    expect(receipt.status).toBe('in_review');
    expect(receipt.waived.map((w) => w.source)).toContain('identity');
    const task = await h.db.selectFrom('tasks').selectAll().where('application_id', '=', receipt.applicationId).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ step: 'review_1', status: 'open', candidate_role: 'reviewer', due_on: '2026-11-25' });
    // The queue's other sort keys, copied from the application when the task opens.
    expect(task).toMatchObject({ accepted_at: new Date('2026-11-20T02:00:00Z'), amount_fen: 1_000_000 });

    // The clerk's double click (same key): the same receipt, nothing filed twice.
    expect(await acceptRent('clerk01', 1_000_000, acceptKey)).toEqual(receipt);
    expect(await h.db.selectFrom('applications').select('id').where('applicant_id', '=', PEOPLE.renter.idNumber).execute()).toEqual([{ id: receipt.applicationId }]);
    // Second in-flight application for the same person and business: refused.
    expect(await appCodeOf(acceptRent('clerk02'))).toBe('intake.already_in_flight');

    // The reviewer takes it, approves; the approval is recorded once and the chain holds.
    const claimed = await claimNext(h.services, as('reviewer01'));
    expect(claimed?.applicationId).toBe(receipt.applicationId);
    const app = await h.db.selectFrom('applications').selectAll().where('id', '=', receipt.applicationId).executeTakeFirstOrThrow();
    const decision = { taskId: claimed!.taskId, version: app.version, decision: 'approve' as const, reasonCodes: [], missingItems: [], idempotencyKey: key() };
    // Two clicks at once (on PostgreSQL two sessions: the second waits on the task's lock, finds it
    // decided, rolls back and answers with the first's result).
    const [first, twin] = await Promise.all([decideTask(h.services, as('reviewer01'), decision), decideTask(h.services, as('reviewer01'), decision)]);
    expect(twin).toEqual(first);
    // Approval schedules the transfer in the same transaction: balance reserved, job written.
    expect(first.status).toBe('transfer_pending');
    const transfer = await h.db.selectFrom('transfers').selectAll().where('application_id', '=', receipt.applicationId).executeTakeFirstOrThrow();
    expect(transfer).toMatchObject({ amount_fen: 1_000_000, status: 'pending', card_no: '6222020200112233445' });
    expect(await h.db.selectFrom('jobs').select('kind').where('dedupe_key', '=', transfer.id).executeTakeFirst()).toEqual({ kind: 'transfer.send' });
    // A late double click: same key → the same answer, nothing decided twice.
    expect(await decideTask(h.services, as('reviewer01'), decision)).toEqual(first);
    // The key is the reviewer's: someone else sending it is refused, not answered.
    expect(await appCodeOf(decideTask(h.services, as('reviewer02'), decision))).toBe('idempotency.key_reused');
    const approvals = await h.db.selectFrom('audit_events').select('seq').where('subject_id', '=', receipt.applicationId).where('action', '=', 'application.approve').execute();
    expect(approvals).toHaveLength(1);
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });
  });

  it.skipIf(!!skip)('refuses an ineligible applicant with every failure at once, and records nothing', async () => {
    const before = await h.db.selectFrom('applications').select('id').execute();
    let details: Record<string, unknown> = {};
    try {
      await acceptAtCounter(h.services, as('clerk03'), {
        form: {
          channel: 'counter', businessType: 'withdrawal.rent',
          applicant: { idNumber: PEOPLE.homeOwner.idNumber, name: PEOPLE.homeOwner.name, mobile: '13800001001' },
          requestedAmountFen: 100_000, answers: {},
          details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
        },
        materials: [],
        idempotencyKey: key(),
      });
    } catch (e) {
      details = (e as TRPCError & { details: Record<string, unknown> }).details;
    }
    // The home owner with a loan is not eligible for rent: both reasons, in one answer.
    expect((details.failures as { code: string }[]).map((f) => f.code)).toEqual(['withdrawal.loan_outstanding', 'withdrawal.owns_home_in_city']);
    expect(await h.db.selectFrom('applications').select('id').execute()).toHaveLength(before.length);
  });

  it.skipIf(!!skip)('lists every missing material at once (一次性告知)', async () => {
    const prep = await prepareIntake(h.services, { idNumber: PEOPLE.renter.idNumber, businessType: 'withdrawal.rent', answers: { rent_above_cap: true, public_rental: false, agent_applies: false } });
    const needed = prep.checklist.items.filter((i) => i.status === 'required' || i.status === 'ask').map((i) => i.materialId);
    // Rent above the cap needs the contract; identity, marriage and no-home proof came from shared data.
    expect(needed).toContain('rental_contract');
    let details: { missing?: { materialId: string }[] } = {};
    try {
      await acceptAtCounter(h.services, as('clerk01'), {
        form: {
          channel: 'counter', businessType: 'withdrawal.rent',
          applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
          requestedAmountFen: 100_000, answers: { rent_above_cap: true, public_rental: false, agent_applies: false },
          details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
        },
        materials: [],
        idempotencyKey: key(),
      });
    } catch (e) {
      expect((e as { appCode?: string }).appCode).toBe('intake.materials_missing');
      details = (e as { details: typeof details }).details;
    }
    expect(details.missing?.map((m) => m.materialId)).toEqual(needed);
  });

  /** An application in review without going through intake (route fixed by the caller). */
  async function openInReview(route: string[], applicantId: string) {
    const id = randomUUID();
    const now = h.services.clock();
    await h.db
      .insertInto('applications')
      .values({
        id, business_type: 'loan.purchase', applicant_kind: 'person', applicant_id: applicantId, applicant_name: '测试', account_no: null,
        channel: 'counter', office_id: 'HRB-NG', window_id: null, status: 'booked', route: JSON.stringify(route), amount_fen: 50_000_000,
        form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 10, created_at: now, updated_at: now,
      })
      .execute();
    await h.db.transaction().execute(async (trx) => {
      const a = await applyCommand(trx, h.services, { applicationId: id, command: { type: 'accept', expectedVersion: 0 }, actor: commandActor(as('clerk03')), at: now });
      await applyCommand(trx, h.services, { applicationId: id, command: { type: 'start_review', expectedVersion: a.app.version, autoCheckFailures: [] }, actor: { id: 'system', roles: ['system'], kind: 'system' }, at: now });
    });
    return id;
  }

  const versionOf = async (id: string) => (await h.db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const activeTask = async (id: string) => h.db.selectFrom('tasks').selectAll().where('application_id', '=', id).where('status', 'in', ['open', 'claimed']).executeTakeFirstOrThrow();

  it.skipIf(!!skip)('walks a loan through 初审 → 复审 → 审批 with three people; four eyes refuses the same person', async () => {
    const id = await openInReview(['review_1', 'review_2', 'approval'], PEOPLE.single.idNumber);
    const t1 = await claim(h.services, as('reviewer02'), String((await activeTask(id)).id));
    await decideTask(h.services, as('reviewer02'), { taskId: t1.taskId, version: await versionOf(id), decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: key() });

    const step2 = await activeTask(id);
    expect(step2.step).toBe('review_2');
    // reviewer02 decided 初审: claim-next skips it, an explicit claim is refused with the reason.
    const next = await claimNext(h.services, as('reviewer02'));
    expect(next?.applicationId).not.toBe(id);
    expect(await appCodeOf(claim(h.services, as('reviewer02'), String(step2.id)))).toBe('lifecycle.four_eyes');
    // A supervisor cannot hand it to them either.
    expect(await appCodeOf(reassign(h.services, as('supervisor01'), [String(step2.id)], as('reviewer02').id))).toBe('lifecycle.four_eyes');

    const t2 = await claim(h.services, as('reviewer03'), String(step2.id));
    // A stale screen: the version moved on.
    expect(await appCodeOf(decideTask(h.services, as('reviewer03'), { taskId: t2.taskId, version: 1, decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: key() }))).toBe('lifecycle.version_conflict');
    await decideTask(h.services, as('reviewer03'), { taskId: t2.taskId, version: await versionOf(id), decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: key() });

    const step3 = await activeTask(id);
    expect(step3).toMatchObject({ step: 'approval', candidate_role: 'approver' });
    expect(await appCodeOf(claim(h.services, as('reviewer04'), String(step3.id)))).toBe('task.wrong_role');
    const t3 = await claim(h.services, as('approver01'), String(step3.id));
    const done = await decideTask(h.services, as('approver01'), { taskId: t3.taskId, version: await versionOf(id), decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: key() });
    expect(done.status).toBe('approved');
    const actors = await h.db.selectFrom('application_actions').select(['step', 'actor_id']).where('application_id', '=', id).orderBy('at').execute();
    expect(new Set(actors.map((a) => a.actor_id)).size).toBe(actors.length);
  });

  it.skipIf(!!skip)('returns for supplement: the clock pauses for exactly the waiting working days and the case goes back to its reviewer', async () => {
    const id = await openInReview(['review_1'], PEOPLE.spouseOwns.idNumber);
    const due0 = (await h.db.selectFrom('applications').select('due_on').where('id', '=', id).executeTakeFirstOrThrow()).due_on;
    expect(due0).toBe('2026-12-04'); // Fri 20 Nov + 10 working days
    const task = await claim(h.services, as('reviewer05'), String((await activeTask(id)).id));
    await decideTask(h.services, as('reviewer05'), {
      taskId: task.taskId, version: await versionOf(id), decision: 'return', reasonCodes: [],
      missingItems: [{ materialId: 'purchase_contract' }, { field: 'monthlyIncomeFen', note: '收入证明金额不清' }], idempotencyKey: key(),
    });
    const returned = await h.db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(returned.status).toBe('returned_for_supplement');
    expect(returned.missing_items).toHaveLength(2);
    const job = await h.db.selectFrom('jobs').selectAll().where('kind', '=', 'notify.returned').where('dedupe_key', 'like', `%${id}%`).executeTakeFirstOrThrow();
    expect((job.payload as { missingItems: unknown[] }).missingItems).toHaveLength(2);

    // The applicant comes back the next Tuesday morning: Mon 23 and Tue 24 were spent waiting.
    h.services.clock.set('2026-11-24T01:00:00Z');
    await h.db.transaction().execute((trx) =>
      applyCommand(trx, h.services, { applicationId: id, command: { type: 'resubmit', expectedVersion: returned.version }, actor: commandActor(as('clerk03')), at: h.services.clock() }),
    );
    const resumed = await h.db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(resumed.status).toBe('resubmitted');
    expect(resumed.due_on).toBe('2026-12-08'); // two working days later than promised
    expect(await activeTask(id)).toMatchObject({ status: 'claimed', assignee_id: as('reviewer05').id, step: 'review_1' });
    // Still sorted by the first acceptance, not by the resubmission.
    expect(await activeTask(id)).toMatchObject({ accepted_at: new Date('2026-11-20T02:00:00Z'), amount_fen: 50_000_000 });
    h.services.clock.set('2026-11-20T02:00:00Z');
  });

  it.skipIf(!!skip)('50 reviewers claiming at once: every task to exactly one of them', async () => {
    const hash = (await h.db.selectFrom('staff').select('password_hash').limit(1).executeTakeFirstOrThrow()).password_hash;
    const crowd: StaffActor[] = [];
    for (let i = 0; i < 50; i++) {
      const id = `SX${i}`;
      await h.db.insertInto('staff').values({ id, username: `crowd${i}`, display_name: `审核员${i}`, role: 'reviewer', office_id: 'HRB-DL', window_id: null, password_hash: hash }).execute();
      crowd.push({ kind: 'staff', id, username: `crowd${i}`, displayName: `审核员${i}`, role: 'reviewer', officeId: 'HRB-DL', windowId: null, sessionId: 'x' });
    }
    // Leave nothing claimable from the earlier tests, then open 40 fresh review tasks.
    await h.db.updateTable('tasks').set({ status: 'cancelled' }).where('status', '=', 'open').execute();
    for (let i = 0; i < 40; i++) await openInReview(['review_1'], `P${i}`);
    const results = await Promise.all(crowd.map((c) => claimNext(h.services, c)));
    const got = results.filter((r) => r !== null).map((r) => r!.taskId);
    expect(got).toHaveLength(40);
    expect(new Set(got).size).toBe(40);
    const claimed = await h.db.selectFrom('tasks').select(['id', 'assignee_id']).where('status', '=', 'claimed').where('assignee_id', 'like', 'SX%').execute();
    expect(claimed).toHaveLength(40);
  });
});
