// A task's urgency from its due date alone (cheap enough for every row of a queue page).
import { addWorkingDays, compareDates, shanghaiDate, workingDaysBetween, type WorkingCalendar } from '@onetrip/workflows';

export type TaskSla = 'on_track' | 'due_today' | 'at_risk' | 'breached';

/** at_risk = due on the next working day: what must be claimed today not to breach tomorrow. */
export function taskSla(cal: WorkingCalendar, dueOn: string, now: Date): { status: TaskSla; workingDaysLeft: number } {
  const today = shanghaiDate(now);
  const order = compareDates(today, dueOn);
  if (order > 0) return { status: 'breached', workingDaysLeft: 0 - workingDaysBetween(cal, dueOn, today) };
  if (order === 0) return { status: 'due_today', workingDaysLeft: 0 };
  const left = workingDaysBetween(cal, today, dueOn);
  return { status: left <= 1 ? 'at_risk' : 'on_track', workingDaysLeft: left };
}

/** The due-date bounds for an SLA filter, as calendar dates compared with `tasks.due_on`. */
export function dueBoundsFor(cal: WorkingCalendar, sla: 'on_track' | 'at_risk' | 'breached', now: Date): { before?: string; from?: string; through?: string; after?: string } {
  const today = shanghaiDate(now);
  const nextWorking = addWorkingDays(cal, today, 1);
  if (sla === 'breached') return { before: today };
  if (sla === 'at_risk') return { from: today, through: nextWorking };
  return { after: nextWorking };
}
