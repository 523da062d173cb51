// The supervisor's board, drill-down, workload and audit on both databases, with the clock on
// Saturday 2026-10-10 — a make-up working day right after the National Day holiday (Oct 1–7) —
// so every deadline below had to step over the holiday and count the make-up day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf } from '../../testing/app-code';
import { policyAt, shanghaiDate } from '@onetrip/workflows';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { appendAudit, verifyAuditChain } from '../audit/audit.repository';
import { deadlineOf, slaCaseOf } from '../applications/sla.repository';
import { reassign } from '../tasks/task.service';
import { exportAuditRows, searchAudit } from './audit.service';
import { slaBoardCases, slaBoardCasesExport } from './board.service';
import { slaBoard } from './sla-board.service';
import { claimedTasks, workload } from './workload.service';
import { staffActorOf } from '../auth/session.repository';

interface Case {
  id: string;
  acceptedAt: string;
  office?: string;
  step?: 'review_1' | 'approval';
  businessType?: string;
  paused?: boolean;
  assignee?: string;
}

// Rent withdrawals: 3 working days. Expected at Sat Oct 10 10:00 (next working day Mon Oct 12):
const CASES: Case[] = [
  { id: 'A-BREACH-1', acceptedAt: '2026-09-21T02:00:00Z' }, // Mon Sep 21 → due Thu Sep 24: breached
  { id: 'A-BREACH-2', acceptedAt: '2026-09-29T02:00:00Z', office: 'HRB-NG' }, // Tue Sep 29 → Sep 30, Oct 8, Oct 9: breached
  { id: 'A-TODAY', acceptedAt: '2026-09-30T02:00:00Z' }, // Wed Sep 30 → Oct 8, 9, 10 (make-up Sat): due today
  { id: 'A-RISK-1', acceptedAt: '2026-10-08T02:00:00Z', assignee: 'reviewer01' }, // Thu Oct 8 → Oct 9, 10, 12: at risk, claimed
  { id: 'A-RISK-2', acceptedAt: '2026-10-08T03:00:00Z', step: 'approval' }, // same day, unclaimed: in the forecast
  { id: 'A-TRACK', acceptedAt: '2026-10-09T02:00:00Z', office: 'HRB-NG' }, // Fri Oct 9 → Oct 10, 12, 13: on track
  { id: 'A-AFTER-HOURS', acceptedAt: '2026-10-09T09:30:00Z' }, // Fri 17:30 counts from Sat Oct 10 → 12, 13, 14: on track
  { id: 'A-PAUSED', acceptedAt: '2026-09-22T02:00:00Z', paused: true }, // with the applicant: not breached
];

describe.each(await testTargets())('supervision on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  const staff = new Map<string, StaffActor>();

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedApplicantFixtures(trx));
    services = testServices(t.database);
    for (const r of await t.database.db.selectFrom('staff').selectAll().execute()) {
      staff.set(r.username, staffActorOf(r, 'test'));
    }
    const db = t.database.db;
    for (const [i, c] of CASES.entries()) {
      const acceptedAt = new Date(c.acceptedAt);
      const days = policyAt(services.reference.policy, 'slaWorkingDays', shanghaiDate(acceptedAt)).withdrawal!;
      const dueOn = deadlineOf(await slaCaseOf(db, c.id, acceptedAt, days, services.reference), services.reference, acceptedAt);
      const step = c.step ?? 'review_1';
      await db
        .insertInto('applications')
        .values({
          id: c.id, receipt_no: `SL-${c.id}`, business_type: c.businessType ?? 'withdrawal.rent', applicant_kind: 'person', applicant_id: `23010219900101${String(1000 + i)}`,
          applicant_name: `申请人${i}`, channel: 'counter', office_id: c.office ?? 'HRB-DL', status: c.paused ? 'returned_for_supplement' : 'in_review', step,
          route: JSON.stringify(['review_1', 'approval']), form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: days, accepted_at: acceptedAt, due_on: dueOn, created_at: acceptedAt, updated_at: acceptedAt,
        })
        .execute();
      if (c.paused) {
        await db.insertInto('sla_pauses').values({ application_id: c.id, paused_at: new Date('2026-09-23T02:00:00Z'), resumed_at: null }).execute();
        continue;
      }
      await db
        .insertInto('tasks')
        .values({
          application_id: c.id, step, candidate_role: step === 'approval' ? 'approver' : 'reviewer', office_id: c.office ?? 'HRB-DL', business_type: c.businessType ?? 'withdrawal.rent',
          due_on: dueOn, status: c.assignee ? 'claimed' : 'open', assignee_id: c.assignee ? staff.get(c.assignee)!.id : null, claimed_at: c.assignee ? new Date('2026-10-09T01:00:00Z') : null, created_at: acceptedAt,
        })
        .execute();
    }
    services.clock.set('2026-10-10T02:00:00Z'); // Saturday 10:00, a make-up working day
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('counts the board calendar-correctly around National Day, paused apart', async () => {
    const board = await slaBoard(services);
    expect(board.today).toBe('2026-10-10');
    expect(board.nextWorkingDay).toBe('2026-10-12');
    expect(board.totals).toEqual({ breached: 2, due_today: 1, at_risk: 2, on_track: 2, paused: 1, open: 7 });
    expect(board.forecast).toEqual({ total: 3, unclaimed: 2 });
    const ng = board.byOffice.find((l) => l.key === 'HRB-NG')!;
    expect(ng).toMatchObject({ breached: 1, on_track: 1, open: 2, paused: 0 });
    const approval = board.byStep.find((l) => l.key === 'approval')!;
    expect(approval).toMatchObject({ at_risk: 1, open: 1 });
    // The oldest open one, accepted Mon Sep 21, is 9 working days old on Oct 10: Sep 22, 23, 24,
    // (Mid-Autumn Sep 25–27 off) 28, 29, 30, (National Day Oct 1–7 off) Oct 8, 9 and the make-up 10.
    const dl = board.byOffice.find((l) => l.key === 'HRB-DL')!;
    expect(dl.ageBands.reduce((a, b) => a + b, 0)).toBe(dl.open);
    expect(dl.oldestAgeWorkingDays).toBe(9);
    // Oct 9 → 1 working day; Sep 30 → 3; Oct 8 (twice) → 2; Sep 21 → 9.
    expect(dl.ageBands).toEqual([1, 3, 0, 1]);
  });

  it.skipIf(!!skip)('drills down to exactly the applications behind a number, in keyset pages', async () => {
    const ids = async (input: Parameters<typeof slaBoardCases>[1]) => (await slaBoardCases(services, input)).items.map((i) => i.applicationId);
    expect(await ids({ sla: 'breached', limit: 50 })).toEqual(['A-BREACH-1', 'A-BREACH-2']);
    expect(await ids({ sla: 'due_today', limit: 50 })).toEqual(['A-TODAY']);
    expect(await ids({ sla: 'forecast', limit: 50 })).toEqual(['A-TODAY', 'A-RISK-2']);
    expect(await ids({ sla: 'paused', limit: 50 })).toEqual(['A-PAUSED']);
    expect(await ids({ sla: 'on_track', officeId: 'HRB-NG', limit: 50 })).toEqual(['A-TRACK']);
    const first = await slaBoardCases(services, { sla: 'open', limit: 4 });
    expect(first.items).toHaveLength(4);
    const second = await slaBoardCases(services, { sla: 'open', limit: 4, cursor: first.nextCursor });
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.applicationId)).size).toBe(7);
    const risk = first.items.find((i) => i.applicationId === 'A-TODAY')!;
    expect(risk).toMatchObject({ dueOn: '2026-10-10', ageWorkingDays: 3, applicantIdMasked: expect.stringContaining('*') });
  });

  it.skipIf(!!skip)('exports every application behind a number across keyset pages, or the first N with a note', async () => {
    const all = await slaBoardCasesExport(services, { sla: 'open' }, { pageSize: 2 });
    expect(all.items.map((i) => i.applicationId)).toEqual((await slaBoardCases(services, { sla: 'open', limit: 50 })).items.map((i) => i.applicationId));
    expect(all.items).toHaveLength(7);
    expect(all.truncatedAt).toBeNull();
    expect((await slaBoardCasesExport(services, { sla: 'open' }, { pageSize: 2, maxRows: 7 })).truncatedAt).toBeNull();
    const bounded = await slaBoardCasesExport(services, { sla: 'open' }, { pageSize: 2, maxRows: 3 });
    expect(bounded.items).toHaveLength(3);
    expect(bounded.truncatedAt).toBe(3);
    expect((await slaBoardCasesExport(services, { sla: 'breached', officeId: 'HRB-NG' })).items.map((i) => i.applicationId)).toEqual(['A-BREACH-2']);
  });

  it.skipIf(!!skip)('shows workload per reviewer and reassigns with four eyes, audited', async () => {
    const holderId = staff.get('reviewer01')!.id;
    const before = await workload(services);
    const holder = before.rows.find((r) => r.staffId === holderId)!;
    expect(holder).toMatchObject({ claimed: 1, decidedToday: 0, oldestClaimedAgeWorkingDays: 1 });
    const tasks = await claimedTasks(services, holderId);
    expect(tasks.map((x) => x.applicationId)).toEqual(['A-RISK-1']);
    const supervisor = [...staff.values()].find((s) => s.role === 'supervisor')!;
    const other = [...staff.values()].find((s) => s.role === 'reviewer' && s.id !== holderId)!;
    // The other reviewer already acted on this application's acceptance → four eyes refuses.
    await t.database.db.insertInto('application_actions').values({ application_id: 'A-RISK-1', step: 'acceptance', actor_id: other.id, at: new Date('2026-10-08T02:00:00Z') }).execute();
    expect(await appCodeOf(reassign(services, supervisor, [tasks[0]!.taskId], other.id))).toBe('lifecycle.four_eyes');
    await reassign(services, supervisor, [tasks[0]!.taskId], null);
    expect((await workload(services)).rows.find((r) => r.staffId === holderId)!.claimed).toBe(0);
    const board = await slaBoard(services);
    expect(board.forecast.unclaimed).toBe(3);
    const audit = await searchAudit(services, { staffId: supervisor.id, limit: 10 });
    expect(audit.items[0]).toMatchObject({ action: 'task.reassigned', subjectId: 'A-RISK-1' });
  });

  it.skipIf(!!skip)('searches the audit chain by person and time, exports the same rows, verifies the chain', async () => {
    await t.database.db.transaction().execute(async (trx) => {
      await appendAudit(trx, { at: new Date('2026-10-10T01:00:00Z'), actorKind: 'applicant', actorId: '230102199001011000', action: 'applicant.sign_in', subjectType: 'person', subjectId: '230102199001011000' });
      await appendAudit(trx, { at: new Date('2026-10-10T01:05:00Z'), actorKind: 'system', actorId: null, action: 'application.note', subjectType: 'application', subjectId: 'A-BREACH-1', data: { note: '=cmd|x' } });
    });
    const byPerson = await searchAudit(services, { idNumber: '230102199001011000', limit: 50 });
    expect(byPerson.items.map((i) => i.action)).toEqual(['application.note', 'applicant.sign_in']);
    const byDay = await searchAudit(services, { from: '2026-10-10', to: '2026-10-10', limit: 1 });
    expect(byDay.items).toHaveLength(1);
    const next = await searchAudit(services, { from: '2026-10-10', to: '2026-10-10', limit: 50, cursor: byDay.nextCursor });
    const exported = await exportAuditRows(services, { from: '2026-10-10', to: '2026-10-10' });
    expect(exported.items.map((i) => i.seq)).toEqual([...byDay.items, ...next.items].map((i) => i.seq));
    expect(exported.truncatedAt).toBeNull();
    expect(exported.items.find((i) => i.action === 'application.note')?.data).toEqual({ note: '=cmd|x' });
    const bounded = await exportAuditRows(services, { from: '2026-10-10', to: '2026-10-10' }, 1);
    expect(bounded).toMatchObject({ items: [byDay.items[0]], truncatedAt: 1 });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
