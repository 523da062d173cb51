// The workload table and one person's claimed tasks, with ages in working days.
import { shanghaiDate } from '@onetrip/workflows';
import type { Services } from '../../trpc/context';
import { taskSla } from '../tasks/task-sla';
import { claimedTasksOf, HANDLING_WINDOW_DAYS, workloadRows } from './workload.query';
import { ageInWorkingDays } from './sla-window';

/** Midnight at the start of today in Asia/Shanghai, as an instant. */
function shanghaiDayStart(now: Date): Date {
  return new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
}

export async function workload(services: Services) {
  const now = services.clock();
  const today = shanghaiDate(now);
  const rows = await workloadRows(services.database.db, shanghaiDayStart(now), now);
  return {
    handlingWindowDays: HANDLING_WINDOW_DAYS,
    rows: rows.map((r) => {
      const oldest = r.oldest_claimed_at ? new Date(r.oldest_claimed_at) : null;
      return {
        staffId: r.id,
        name: r.display_name,
        role: r.role as 'reviewer' | 'approver',
        officeId: r.office_id,
        claimed: Number(r.claimed ?? 0),
        decidedToday: Number(r.decided_today ?? 0),
        decidedInWindow: Number(r.decided_window ?? 0),
        avgHandlingMinutes: r.avg_handling_seconds === null || r.avg_handling_seconds === undefined ? null : Math.round(Number(r.avg_handling_seconds) / 60),
        oldestClaimedAt: oldest?.toISOString() ?? null,
        oldestClaimedAgeWorkingDays: oldest ? ageInWorkingDays(services.reference.calendar, oldest, today) : null,
      };
    }),
  };
}

export async function claimedTasks(services: Services, staffId: string) {
  const now = services.clock();
  const rows = await claimedTasksOf(services.database.db, staffId);
  return rows.map((r) => ({
    taskId: String(r.id),
    applicationId: r.application_id,
    receiptNo: r.receipt_no,
    applicantName: r.applicant_name,
    step: r.step,
    businessType: r.business_type,
    role: r.candidate_role,
    claimedAt: r.claimed_at ? new Date(r.claimed_at).toISOString() : null,
    dueOn: r.due_on,
    sla: taskSla(services.reference.calendar, r.due_on, now).status,
  }));
}
