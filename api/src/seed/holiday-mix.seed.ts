// A known mix of open applications around National Day 2026 (Oct 1–7 off, Saturday Oct 10 a
// make-up working day), for the supervisor's board at HOLIDAY_MIX_NOW: the e2e spec
// supervision-holiday.e2e.ts starts the app with its clock there (CLOCK_START), and a demo can
// too. On top of the demo center's organisation and its fixed people, every application is made
// the way the app makes it — counter acceptance, claim, decision, return for supplement, each at
// its own instant on a settable clock — so the board reads what the center would really have.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { counterAcceptInputSchema, decideInputSchema, type IntakeFormInput } from '@onetrip/workflows';
import { REPO_ROOT, type Config } from '../config/config';
import type { Database } from '../db/database';
import { createJobRunner, type JobRunner } from '../jobs/job-runner';
import { registerArchiveBuildJob } from '../modules/application-archive/application-archive.job';
import { recordPageReading } from '../modules/capture/page-readings.repository';
import { acceptAtCounter } from '../modules/intake/intake.service';
import { prepareIntake } from '../modules/intake/prepare.service';
import { registerNotificationJobs } from '../modules/notifications/notification-jobs';
import { decideTask } from '../modules/review/decide.service';
import { claim } from '../modules/tasks/task.service';
import { createServices } from '../services';
import type { Services, StaffActor } from '../trpc/context';
import { DEMO_SCENARIOS } from './scenarios';
import { seedDemoCenter } from './demo-center';
import { boardNumbers } from './holiday-mix.count';
import { staffActorOf } from '../modules/auth/session.repository';

/** Saturday 2026-10-10, 10:00 in Beijing: the make-up working day after National Day. */
export const HOLIDAY_MIX_NOW = '2026-10-10T10:00:00+08:00';

export type MixSla = 'breached' | 'due_today' | 'at_risk' | 'on_track' | 'paused';

export interface MixCase {
  readonly key: string;
  readonly person: keyof typeof DEMO_SCENARIOS;
  readonly businessType: 'withdrawal.rent' | 'withdrawal.retirement' | 'loan.purchase';
  /** the accepting clerk: clerk01/02 sit in 道里 (HRB-DL), clerk03/04 in 南岗 (HRB-NG) */
  readonly clerk: string;
  /** Beijing time */
  readonly acceptedAt: string;
  /** what happens to it afterwards, in order */
  readonly then?: readonly { readonly at: string; readonly by: string; readonly act: 'claim' | 'approve' | 'return' }[];
  /** What the board must show at HOLIDAY_MIX_NOW, by construction. */
  readonly expected: { readonly dueOn: string; readonly sla: MixSla; readonly office: string; readonly step: string; readonly claimedBy: string | null };
}

// Withdrawals have 3 working days, loans 10. At Sat Oct 10 the next working day is Mon Oct 12.
export const HOLIDAY_MIX: readonly MixCase[] = [
  // Mon Sep 21 → Sep 22, 23, 24: long breached.
  { key: 'breached-dl', person: 'rentEligible', businessType: 'withdrawal.rent', clerk: 'clerk01', acceptedAt: '2026-09-21T10:00:00+08:00', expected: { dueOn: '2026-09-24', sla: 'breached', office: 'HRB-DL', step: 'review_1', claimedBy: null } },
  // Tue Sep 29 → Sep 30, (National Day) Oct 8, 9: breached yesterday, though a reviewer holds it.
  {
    key: 'breached-ng', person: 'renterReviewA', businessType: 'withdrawal.rent', clerk: 'clerk03', acceptedAt: '2026-09-29T10:00:00+08:00',
    then: [{ at: '2026-10-09T14:00:00+08:00', by: 'reviewer02', act: 'claim' }],
    expected: { dueOn: '2026-10-09', sla: 'breached', office: 'HRB-NG', step: 'review_1', claimedBy: 'reviewer02' },
  },
  // Wed Sep 30 → Oct 8, 9 and the make-up Saturday 10: due today, nobody on it.
  { key: 'due-today', person: 'renterReviewB', businessType: 'withdrawal.rent', clerk: 'clerk02', acceptedAt: '2026-09-30T10:00:00+08:00', expected: { dueOn: '2026-10-10', sla: 'due_today', office: 'HRB-DL', step: 'review_1', claimedBy: null } },
  // Thu Oct 8 → Oct 9, 10, 12: due on the next working day, claimed (one of the two reassigned).
  {
    key: 'at-risk-claimed', person: 'renterBoardA', businessType: 'withdrawal.rent', clerk: 'clerk03', acceptedAt: '2026-10-08T10:00:00+08:00',
    then: [{ at: '2026-10-09T09:00:00+08:00', by: 'reviewer01', act: 'claim' }],
    expected: { dueOn: '2026-10-12', sla: 'at_risk', office: 'HRB-NG', step: 'review_1', claimedBy: 'reviewer01' },
  },
  // A loan, Mon Sep 21 + 10 working days (Sep 22–24, 28–30, Oct 8, 9, 10, 12): 初审 passed, now at
  // 复审 and unclaimed — at risk.
  {
    key: 'at-risk-loan', person: 'loanApplicant', businessType: 'loan.purchase', clerk: 'clerk04', acceptedAt: '2026-09-21T11:00:00+08:00',
    then: [{ at: '2026-09-24T15:00:00+08:00', by: 'reviewer04', act: 'claim' }, { at: '2026-09-24T15:30:00+08:00', by: 'reviewer04', act: 'approve' }],
    expected: { dueOn: '2026-10-12', sla: 'at_risk', office: 'HRB-NG', step: 'review_2', claimedBy: null },
  },
  // Fri Oct 9 → Oct 10, 12, 13: on track, claimed this morning (the other one reassigned).
  {
    key: 'on-track-claimed', person: 'renterBoardB', businessType: 'withdrawal.rent', clerk: 'clerk01', acceptedAt: '2026-10-09T10:00:00+08:00',
    then: [{ at: '2026-10-10T09:30:00+08:00', by: 'reviewer01', act: 'claim' }],
    expected: { dueOn: '2026-10-13', sla: 'on_track', office: 'HRB-DL', step: 'review_1', claimedBy: 'reviewer01' },
  },
  // Fri Oct 9 at 17:30, after hours: counted from the make-up Saturday → Oct 12, 13, 14.
  { key: 'after-hours', person: 'rentEligibleSpouse', businessType: 'withdrawal.rent', clerk: 'clerk04', acceptedAt: '2026-10-09T17:30:00+08:00', expected: { dueOn: '2026-10-14', sla: 'on_track', office: 'HRB-NG', step: 'review_1', claimedBy: null } },
  // Tue Sep 22 (→ Sep 23, 24, Mid-Autumn off, 28), returned for supplement the next morning: waiting
  // for the applicant, so not breached although its first promise is long past.
  {
    key: 'paused', person: 'retiree', businessType: 'withdrawal.retirement', clerk: 'clerk02', acceptedAt: '2026-09-22T10:00:00+08:00',
    then: [{ at: '2026-09-23T09:00:00+08:00', by: 'reviewer03', act: 'claim' }, { at: '2026-09-23T09:30:00+08:00', by: 'reviewer03', act: 'return' }],
    expected: { dueOn: '2026-09-28', sla: 'paused', office: 'HRB-DL', step: 'review_1', claimedBy: null },
  },
];

/** The board's numbers the mix must produce at HOLIDAY_MIX_NOW, counted from the table above. */
export function expectedBoard(mix: readonly MixCase[] = HOLIDAY_MIX) {
  return boardNumbers(mix.map((c) => ({ sla: c.expected.sla, claimed: c.expected.claimedBy !== null })));
}

export interface SeededCase {
  readonly key: string;
  readonly applicationId: string;
  readonly receiptNo: string;
  readonly applicantName: string;
  readonly taskId: string | null;
  readonly expected: MixCase['expected'];
}

const ANSWERS: Record<MixCase['businessType'], Record<string, boolean>> = {
  'withdrawal.rent': { rent_above_cap: false, public_rental: false, agent_applies: false },
  'withdrawal.retirement': { agent_applies: false },
  'loan.purchase': { married: true, spouse_co_applies: false, agent_applies: false, resale_home: false },
};

function formOf(c: MixCase, requestedAmountFen: number): IntakeFormInput {
  const person = DEMO_SCENARIOS[c.person];
  const common = { channel: 'counter' as const, applicant: { idNumber: person.idNumber, name: person.name, mobile: '13800000000' }, answers: ANSWERS[c.businessType], requestedAmountFen };
  switch (c.businessType) {
    case 'withdrawal.rent':
      return { ...common, businessType: c.businessType, details: { rentFen: 1_800_000, publicRental: false, leaseStart: '2026-06-01', leaseEnd: '2027-05-31' } };
    case 'withdrawal.retirement':
      return { ...common, businessType: c.businessType, details: {} };
    case 'loan.purchase':
      return {
        ...common,
        businessType: c.businessType,
        details: { termMonths: 240, housePriceFen: 100_000_000, home: 'first', borrowers: 'single', monthlyIncomeFen: 1_500_000, existingMonthlyDebtFen: 0, uplifts: [], repaymentMethod: 'equal_installment' },
      };
  }
}

/** A settable clock: the seed moves it from one instant of the story to the next. */
function storyClock(): Services['clock'] & { set(iso: string): void } {
  let now = new Date(HOLIDAY_MIX_NOW);
  return Object.assign(() => new Date(now.getTime()), { set: (iso: string) => (now = new Date(iso)) });
}

/**
 * Seeds the demo center's organisation and fixed people (`scale`: the share of the 50,000-strong
 * random population, kept small so a spec seeds in seconds) and files HOLIDAY_MIX.
 */
export async function seedHolidayMix(database: Database, config: Config, options: { scale?: number } = {}): Promise<{ cases: SeededCase[]; staff: Record<string, { id: string; displayName: string }> }> {
  await seedDemoCenter(database, { scale: options.scale ?? 0.002 });
  const clock = storyClock();
  const services = await createServices(config, database, pino({ level: 'silent' }), clock);
  const staff = await staffActors(services);
  const jobFailures: unknown[] = [];
  const runner = storyJobRunner(services, jobFailures);

  // Every event of every case, in time order: the audit chain and the job outbox see them as the
  // center did.
  const events = HOLIDAY_MIX.flatMap((c) => [{ at: c.acceptedAt, c, act: 'accept' as const, by: c.clerk }, ...(c.then ?? []).map((t) => ({ ...t, c }))]).sort(
    (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime(),
  );
  clock.set(events[0]!.at);
  const page = await capturedPage(services, staff.get('clerk01')!);
  const seeded = new Map<string, { applicationId: string; receiptNo: string; applicantName: string }>();
  for (const e of events) {
    clock.set(e.at);
    const actor = staff.get(e.by)!;
    if (e.act === 'accept') {
      const form = formOf(e.c, 0);
      const prepared = await prepareIntake(services, { idNumber: form.applicant.idNumber, businessType: form.businessType, answers: form.answers ?? {} });
      const materials = prepared.checklist.items.filter((i) => i.status === 'required' || i.status === 'ask').map((i) => ({ materialId: i.materialId, pages: [page] }));
      const amount = e.c.businessType === 'loan.purchase' ? 30_000_000 : e.c.businessType === 'withdrawal.rent' ? 1_000_000 : prepared.eligibility.maxAmountFen ?? 0;
      // Parsed with the schema the router parses the counter's request with.
      const receipt = await acceptAtCounter(services, actor, counterAcceptInputSchema.parse({ form: formOf(e.c, amount), materials, idempotencyKey: randomUUID() }));
      if (receipt.dueOn !== e.c.expected.dueOn) throw new Error(`${e.c.key}: promised ${receipt.dueOn}, the mix expects ${e.c.expected.dueOn}`);
      seeded.set(e.c.key, receipt);
    } else {
      const applicationId = seeded.get(e.c.key)!.applicationId;
      const task = await services.database.db.selectFrom('tasks').select(['id']).where('application_id', '=', applicationId).where('status', 'in', ['open', 'claimed']).executeTakeFirstOrThrow();
      if (e.act === 'claim') {
        await claim(services, actor, String(task.id));
      } else {
        const { version } = await services.database.db.selectFrom('applications').select('version').where('id', '=', applicationId).executeTakeFirstOrThrow();
        const missingItems = e.act === 'return' ? [{ field: 'bankCard', note: '银行卡复印件不清晰，请补充本人银行卡' }] : [];
        await decideTask(services, actor, decideInputSchema.parse({ taskId: String(task.id), version, decision: e.act, missingItems, idempotencyKey: randomUUID() }));
      }
    }
    // The jobs the step queued (receipt SMS, archive PDF, return notice) run at once, as the app's
    // runner would have run them then: the app starts with an empty outbox.
    while ((await runner.runOnce()) > 0);
    if (jobFailures.length) throw new Error(`${e.c.key}: a job failed at ${e.at}`, { cause: jobFailures[0] });
  }

  const out: SeededCase[] = [];
  for (const c of HOLIDAY_MIX) {
    const s = seeded.get(c.key)!;
    const task = await services.database.db.selectFrom('tasks').select('id').where('application_id', '=', s.applicationId).where('status', 'in', ['open', 'claimed']).executeTakeFirst();
    out.push({ key: c.key, applicationId: s.applicationId, receiptNo: s.receiptNo, applicantName: s.applicantName, taskId: task ? String(task.id) : null, expected: c.expected });
  }
  // Who is who among the staff the story names and the one the e2e spec hands tasks to.
  const named = new Set([...events.map((e) => e.by), 'reviewer05']);
  return { cases: out, staff: Object.fromEntries([...staff.values()].filter((a) => named.has(a.username)).map((a) => [a.username, { id: a.id, displayName: a.displayName }])) };
}

async function staffActors(services: Services): Promise<Map<string, StaffActor>> {
  const rows = await services.database.db.selectFrom('staff').selectAll().execute();
  return new Map(rows.map((r) => [r.username, staffActorOf(r, 'holiday-mix-seed')]));
}

function storyJobRunner(services: Services, failures: unknown[]): JobRunner {
  const runner = createJobRunner({
    db: services.database.db,
    clock: services.clock,
    pollMs: 1000,
    concurrency: 4,
    leaseMs: 60_000,
    maxAttempts: 1,
    backoffMaxMs: 1000,
    onError: (err) => failures.push(err),
  });
  registerNotificationJobs(runner, services);
  registerArchiveBuildJob(runner, services);
  return runner;
}

/**
 * One scanned page every material of the mix names: the blank fixture scan stored in the archive
 * as the counter's capture stores a page, with the reading the capture records. Written directly
 * rather than through capturePages: that one runs OCR (a worker pool with the Chinese model) on
 * the page, seconds of CPU that tell the board nothing; acceptance, the archive PDF and the
 * decide screen read exactly what is stored here.
 */
async function capturedPage(services: Services, clerk: StaffActor): Promise<string> {
  const bytes = await readFile(path.join(REPO_ROOT, 'imaging/fixtures/035-blank/input.jpg'));
  const sha256 = await services.archive.put(bytes);
  const reading = { sha256, originalSha256: sha256, width: 1240, height: 1754, blank: true, quality: [], classification: { kind: 'other', confidence: 1 }, fields: [], text: '' };
  await recordPageReading(services.database.db, reading, { staffId: clerk.id }, services.clock());
  return sha256;
}
