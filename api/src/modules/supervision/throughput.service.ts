// Throughput per day or ISO week (Monday first): booked, accepted, decided, transferred; accepted
// loans against the center's dated loan target (policy `dailyAcceptedTarget`, summed over each
// period's working days — withdrawals have no target, so they are not counted against it); by
// office and by bank window; the share decided by the due date; and working days from acceptance
// to decision and to payment (average, 90th percentile).
import { addDays, daysBetween, isoWeekday, isWorkingDay, policyAt, workingDaysBetween, type PolicySet, type WorkingCalendar } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import type { ThroughputInput } from './supervision.schemas';
import { decisionPairs, throughputCounts, transferPairs, type DayCount, type DayPair } from './throughput.query';

const MAX_DAYS = 366;
const MEASURES = ['booked', 'accepted', 'decided', 'transferred'] as const;
type Measure = (typeof MEASURES)[number];
type Counts = Record<Measure, number> & { acceptedLoans: number };
/** The business category the target is set for (mission.md item 17 counts loans). */
const TARGET_CATEGORY = 'loan';

const noCounts = (): Counts => ({ booked: 0, accepted: 0, decided: 0, transferred: 0, acceptedLoans: 0 });

/** The loan target in force on `date`, or null where the policy sets none. */
function loanTargetOn(policy: PolicySet, date: string): number | null {
  try {
    return policyAt(policy, 'dailyAcceptedTarget', date)[TARGET_CATEGORY] ?? null;
  } catch {
    return null; // before the parameter's first entry
  }
}

/** Working days on `date`, or null in a year whose holiday notice is not loaded (never guessed). */
function workingDay(cal: WorkingCalendar, date: string): boolean | null {
  try {
    return isWorkingDay(cal, date);
  } catch {
    return null;
  }
}

/** Average and nearest-rank 90th percentile of working days over (acceptance, done) pairs. */
export function durationStats(cal: WorkingCalendar, pairs: readonly DayPair[]) {
  const counted: { days: number; n: number }[] = [];
  let uncounted = 0;
  for (const p of pairs) {
    try {
      counted.push({ days: Math.max(0, workingDaysBetween(cal, p.accepted, p.done)), n: p.n });
    } catch {
      uncounted += p.n; // a day in a year without a published notice
    }
  }
  const total = counted.reduce((s, c) => s + c.n, 0);
  if (total === 0) return { count: 0, average: null, p90: null, uncounted };
  const average = counted.reduce((s, c) => s + c.days * c.n, 0) / total;
  counted.sort((a, b) => a.days - b.days);
  const rank = Math.ceil(0.9 * total);
  let seen = 0;
  let p90 = counted.at(-1)!.days;
  for (const c of counted) {
    seen += c.n;
    if (seen >= rank) {
      p90 = c.days;
      break;
    }
  }
  return { count: total, average: Math.round(average * 100) / 100, p90, uncounted };
}

export async function throughput(services: Services, input: ThroughputInput) {
  const { from, to, by, officeId } = input;
  if (to < from) throw new AppError('BAD_REQUEST', 'date.range_inverted', { from, to });
  if (daysBetween(from, to) >= MAX_DAYS) throw new AppError('BAD_REQUEST', 'throughput.range_too_long', { from, to, maxDays: MAX_DAYS });
  const cal = services.reference.calendar;
  const policy = services.reference.policy;
  const db = services.database.db;
  const [counts, decided, paid] = await Promise.all([throughputCounts(db, from, to, officeId), decisionPairs(db, from, to, officeId), transferPairs(db, from, to, officeId)]);

  // The target is the center's: one office's share of it is not set anywhere, so a view of one
  // office has no target line rather than an invented one.
  const targeted = officeId === undefined;
  const periodOf = (d: string) => (by === 'day' ? d : addDays(d, 1 - isoWeekday(d)));
  const periods = new Map<string, Counts & { period: string; workingDays: number | null; target: number | null }>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const key = periodOf(d);
    const p = periods.get(key) ?? { period: key, ...noCounts(), workingDays: 0, target: targeted ? 0 : null };
    const w = workingDay(cal, d);
    p.workingDays = w === null || p.workingDays === null ? null : p.workingDays + (w ? 1 : 0);
    const dayTarget = w === false ? 0 : w === null ? null : loanTargetOn(policy, d);
    p.target = p.target === null || dayTarget === null ? null : p.target + dayTarget;
    periods.set(key, p);
  }
  const offices = new Map<string, Counts & { officeId: string }>();
  const windows = new Map<string, Counts & { officeId: string; windowId: string | null }>();
  const add = (measure: Measure, rows: readonly DayCount[]) => {
    for (const r of rows) {
      const period = periods.get(periodOf(r.day))!;
      const o = offices.get(r.office_id) ?? { officeId: r.office_id, ...noCounts() };
      const windowKey = `${r.office_id}|${r.window_id ?? ''}`;
      const w = windows.get(windowKey) ?? { officeId: r.office_id, windowId: r.window_id, ...noCounts() };
      for (const into of [period, o, w]) {
        into[measure] += r.n;
        if (measure === 'accepted') into.acceptedLoans += r.loans;
      }
      offices.set(r.office_id, o);
      windows.set(windowKey, w);
    }
  };
  for (const m of MEASURES) add(m, counts[m]);

  const decidedCount = decided.reduce((s, p) => s + p.n, 0);
  const withinSla = decided.reduce((s, p) => s + p.within_sla, 0);
  const all = [...periods.values()];
  return {
    from,
    to,
    by,
    /** The loan target a working day in force on `to` (the chart's label); null for one office or none set. */
    dailyLoanTarget: targeted ? loanTargetOn(policy, to) : null,
    periods: all,
    byOffice: [...offices.values()].sort((a, b) => a.officeId.localeCompare(b.officeId)),
    /** Per entrusted bank window; `windowId` null gathers an office's own counters and online work. */
    byWindow: [...windows.values()].sort((a, b) => a.officeId.localeCompare(b.officeId) || (a.windowId ?? '').localeCompare(b.windowId ?? '')),
    totals: { ...(Object.fromEntries(MEASURES.map((m) => [m, all.reduce((s, p) => s + p[m], 0)])) as Record<Measure, number>), acceptedLoans: all.reduce((s, p) => s + p.acceptedLoans, 0) },
    target: all.every((p) => p.target !== null) ? all.reduce((s, p) => s + (p.target ?? 0), 0) : null,
    decidedWithinSla: { decided: decidedCount, withinSla, share: decidedCount ? withinSla / decidedCount : null },
    acceptanceToDecision: durationStats(cal, decided),
    acceptanceToTransfer: durationStats(cal, paid),
  };
}
