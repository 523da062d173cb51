// Throughput per day or ISO week (Monday first): booked, accepted, decided, transferred, against a
// target of accepted applications per working day; by office; the share decided by the due date;
// and working days from acceptance to decision and to payment (average, 90th percentile).
import { addDays, daysBetween, isoWeekday, isWorkingDay, workingDaysBetween, type WorkingCalendar } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import type { ThroughputInput } from './supervision.schemas';
import { decisionPairs, throughputCounts, transferPairs, type DayCount, type DayPair } from './throughput.query';

const MAX_DAYS = 366;
const MEASURES = ['booked', 'accepted', 'decided', 'transferred'] as const;
type Measure = (typeof MEASURES)[number];

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
  const { from, to, by, officeId, dailyTarget } = input;
  if (to < from) throw new AppError('BAD_REQUEST', 'date.range_inverted', { from, to });
  if (daysBetween(from, to) >= MAX_DAYS) throw new AppError('BAD_REQUEST', 'throughput.range_too_long', { from, to, maxDays: MAX_DAYS });
  const cal = services.reference.calendar;
  const db = services.database.db;
  const [counts, decided, paid] = await Promise.all([throughputCounts(db, from, to, officeId), decisionPairs(db, from, to, officeId), transferPairs(db, from, to, officeId)]);

  const periodOf = (d: string) => (by === 'day' ? d : addDays(d, 1 - isoWeekday(d)));
  const periods = new Map<string, Record<Measure, number> & { period: string; workingDays: number | null }>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const key = periodOf(d);
    const p = periods.get(key) ?? { period: key, booked: 0, accepted: 0, decided: 0, transferred: 0, workingDays: 0 };
    const w = workingDay(cal, d);
    p.workingDays = w === null || p.workingDays === null ? null : p.workingDays + (w ? 1 : 0);
    periods.set(key, p);
  }
  const offices = new Map<string, Record<Measure, number> & { officeId: string }>();
  const add = (measure: Measure, rows: readonly DayCount[]) => {
    for (const r of rows) {
      periods.get(periodOf(r.day))![measure] += r.n;
      const o = offices.get(r.office_id) ?? { officeId: r.office_id, booked: 0, accepted: 0, decided: 0, transferred: 0 };
      o[measure] += r.n;
      offices.set(r.office_id, o);
    }
  };
  for (const m of MEASURES) add(m, counts[m]);

  const decidedCount = decided.reduce((s, p) => s + p.n, 0);
  const withinSla = decided.reduce((s, p) => s + p.within_sla, 0);
  return {
    from,
    to,
    by,
    dailyTarget,
    periods: [...periods.values()].map((p) => ({ ...p, target: p.workingDays === null ? null : p.workingDays * dailyTarget })),
    byOffice: [...offices.values()].sort((a, b) => a.officeId.localeCompare(b.officeId)),
    totals: Object.fromEntries(MEASURES.map((m) => [m, [...periods.values()].reduce((s, p) => s + p[m], 0)])) as Record<Measure, number>,
    decidedWithinSla: { decided: decidedCount, withinSla, share: decidedCount ? withinSla / decidedCount : null },
    acceptanceToDecision: durationStats(cal, decided),
    acceptanceToTransfer: durationStats(cal, paid),
  };
}
