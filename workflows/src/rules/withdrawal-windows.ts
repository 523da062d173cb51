// Frequency windows of domain.md §3.4, as configuration. Month arithmetic is the calendar's
// corresponding-date rule (Civil Code Art. 202), never "+365 days".
import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { nextAllowedAfter, rollingWindowStart } from '../calendar/calendar-months';
import type { Fen } from '../policy/units';
import type { WithdrawalRecord } from './applicant-facts';
import type { WindowRule } from './rule-params';

export interface WindowCheck {
  readonly allowed: boolean;
  /** The first date the requested withdrawal fits the window, when it does not today. */
  readonly availableOn?: CalendarDate;
  /** The latest earlier withdrawal the window counted. */
  readonly last?: CalendarDate;
  /** Amount already withdrawn in the current window (for caps per window). */
  readonly usedFen: Fen;
}

/** The first day of the window containing `today`, for period kinds; undefined for rolling ones. */
export function periodStart(window: WindowRule, today: CalendarDate): CalendarDate | undefined {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  switch (window.kind) {
    case 'CALENDAR_YEAR':
      return `${y}-01-01`;
    case 'FUND_YEAR':
      return m >= 7 ? `${y}-07-01` : `${y - 1}-07-01`;
    case 'CALENDAR_QUARTER':
      return `${y}-${String(m - ((m - 1) % 3)).padStart(2, '0')}-01`;
    case 'CALENDAR_MONTH':
      return today.slice(0, 8) + '01';
    default:
      return undefined;
  }
}

function nextPeriodStart(window: WindowRule, today: CalendarDate): CalendarDate {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  switch (window.kind) {
    case 'CALENDAR_YEAR':
      return `${y + 1}-01-01`;
    case 'FUND_YEAR':
      return m >= 7 ? `${y + 1}-07-01` : `${y}-07-01`;
    case 'CALENDAR_QUARTER': {
      const q = m - ((m - 1) % 3) + 3;
      return q > 12 ? `${y + 1}-01-01` : `${y}-${String(q).padStart(2, '0')}-01`;
    }
    default:
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
}

/** The first day a record no longer counts, for rolling kinds. */
function dropsOutOn(window: WindowRule, on: CalendarDate): CalendarDate {
  const n = window.n ?? 12;
  if (window.kind === 'ROLLING_DAYS') return addDays(on, n);
  if (window.capFen === undefined) return nextAllowedAfter(on, n);
  // A capped rolling window counts back from each day (rollingWindowStart); month-end clamping
  // can keep a record counted a day or three past its corresponding date (31 Oct → 30 Apr).
  let day = nextAllowedAfter(on, n);
  while (compareDates(rollingWindowStart(day, n), on) <= 0) day = addDays(day, 1);
  return day;
}

function inWindow(window: WindowRule, on: CalendarDate, today: CalendarDate): boolean {
  if (compareDates(on, today) > 0) return false;
  const start = periodStart(window, today);
  if (start !== undefined) return compareDates(on, start) >= 0;
  return compareDates(today, dropsOutOn(window, on)) < 0;
}

function evaluateAt(window: WindowRule, history: readonly WithdrawalRecord[], today: CalendarDate, requestedFen: Fen): { ok: boolean; used: Fen; counted: WithdrawalRecord[] } {
  const counted = history.filter((r) => inWindow(window, r.on, today));
  const used = counted.reduce((s, r) => s + r.amountFen, 0);
  const ok = window.capFen !== undefined ? used + requestedFen <= window.capFen : counted.length < (window.maxCount ?? 1);
  return { ok, used, counted };
}

/**
 * Whether a withdrawal of `requestedFen` on `today` fits the window, given earlier ones.
 * When it does not, `availableOn` is the first date it would (undefined if never, e.g. the
 * request alone exceeds a rolling cap — that is an amount failure, not a waiting one).
 */
export function checkWindow(window: WindowRule, history: readonly WithdrawalRecord[], today: CalendarDate, requestedFen: Fen): WindowCheck {
  const now = evaluateAt(window, history, today, requestedFen);
  const last = now.counted.map((r) => r.on).sort(compareDates).at(-1);
  const base = { usedFen: now.used, ...(last === undefined ? {} : { last }) };
  if (now.ok) return { allowed: true, ...base };
  const candidates =
    periodStart(window, today) !== undefined
      ? [nextPeriodStart(window, today)]
      : now.counted.map((r) => dropsOutOn(window, r.on)).sort(compareDates);
  const availableOn = candidates.find((d) => evaluateAt(window, history, d, requestedFen).ok);
  return { allowed: false, ...base, ...(availableOn === undefined ? {} : { availableOn }) };
}
