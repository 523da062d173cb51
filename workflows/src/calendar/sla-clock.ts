// The SLA clock of a case (domain.md §7.1, §8.3): deadline = acceptance + N working days.
//
// - The acceptance day is not counted (Civil Code Art. 201).
// - An acceptance at or after the counter's closing time (Asia/Shanghai), or on a day that is not
//   a working day, is treated as accepted on the next working day: Friday 18:00 and Saturday both
//   count as Monday, so with N = 3 the deadline is Thursday.
// - A pause (returned to the applicant for supplement → resubmitted) extends the deadline by the
//   working days in (date returned, effective date resubmitted]: returned Monday and resubmitted
//   Wednesday morning gives back Tuesday and Wednesday. The resubmission uses the same
//   closing-time rule as an acceptance.
// - Status given `now`: `breached` after the deadline day, `due_today` on it, `at_risk` with at
//   most `atRiskWorkingDays` (default 1) working days left, else `on_track`; `paused` while a
//   pause is open — then the deadline shown is the one that would hold if the case came back now.
import { DomainError } from '../domain-error';
import type { CounterHours } from '../policy/policy.types';
import { compareDates, shanghaiDate, shanghaiMinuteOfDay, type CalendarDate } from './calendar-date';
import { addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween, type WorkingCalendar } from './working-calendar';

export interface SlaPause {
  readonly from: Date;
  /** Absent while the case is still with the applicant. */
  readonly to?: Date;
}

export interface SlaCase {
  readonly acceptedAt: Date;
  readonly workingDays: number;
  readonly counterHours: CounterHours;
  readonly pauses?: readonly SlaPause[];
}

export type SlaStatusKind = 'on_track' | 'due_today' | 'at_risk' | 'breached' | 'paused';

export interface SlaStatus {
  readonly status: SlaStatusKind;
  readonly deadline: CalendarDate;
  /**
   * Working days in (today, deadline]; 0 on the deadline day; once breached, minus the working
   * days in (deadline, today] (0 on a weekend right after the deadline — the status says breached).
   */
  readonly workingDaysLeft: number;
  readonly pausedWorkingDays: number;
}

/** The working day from which an instant's counting starts (see the header). */
export function effectiveAcceptanceDate(cal: WorkingCalendar, at: Date, hours: CounterHours): CalendarDate {
  const day = shanghaiDate(at);
  const afterClosing = shanghaiMinuteOfDay(at) >= hours.closingHour * 60 + hours.closingMinute;
  return !afterClosing && isWorkingDay(cal, day) ? day : nextWorkingDay(cal, day);
}

function pausedWorkingDays(cal: WorkingCalendar, c: SlaCase, now: Date): number {
  let total = 0;
  for (const p of c.pauses ?? []) {
    const end = p.to ?? now;
    if (end.getTime() < p.from.getTime()) throw new DomainError('sla.pause_ends_before_start', { from: p.from.toISOString() });
    total += Math.max(0, workingDaysBetween(cal, shanghaiDate(p.from), effectiveAcceptanceDate(cal, end, c.counterHours)));
  }
  return total;
}

/** The decision deadline, counting closed pauses (and an open one as if it ended at `now`). */
export function slaDeadline(cal: WorkingCalendar, c: SlaCase, now?: Date): CalendarDate {
  const open = (c.pauses ?? []).some((p) => p.to === undefined);
  if (open && now === undefined) throw new DomainError('sla.paused_needs_now');
  const start = effectiveAcceptanceDate(cal, c.acceptedAt, c.counterHours);
  return addWorkingDays(cal, start, c.workingDays + pausedWorkingDays(cal, c, now ?? c.acceptedAt));
}

export function slaStatus(cal: WorkingCalendar, c: SlaCase, now: Date, atRiskWorkingDays = 1): SlaStatus {
  const paused = pausedWorkingDays(cal, c, now);
  const deadline = addWorkingDays(cal, effectiveAcceptanceDate(cal, c.acceptedAt, c.counterHours), c.workingDays + paused);
  const today = shanghaiDate(now);
  const order = compareDates(today, deadline);
  // `0 -` rather than unary minus so a breach seen on a weekend reads 0, not -0.
  const workingDaysLeft = order > 0 ? 0 - workingDaysBetween(cal, deadline, today) : workingDaysBetween(cal, today, deadline);
  const base = { deadline, workingDaysLeft, pausedWorkingDays: paused };
  if ((c.pauses ?? []).some((p) => p.to === undefined)) return { status: 'paused', ...base };
  if (order > 0) return { status: 'breached', ...base };
  if (order === 0) return { status: 'due_today', ...base };
  return { status: workingDaysLeft <= atRiskWorkingDays ? 'at_risk' : 'on_track', ...base };
}
