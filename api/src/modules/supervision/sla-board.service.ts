// The supervisor's SLA board: the grouped counts folded into totals, the breach forecast and one
// table per dimension (step, business type, office), each cell drillable (sla-cases.query.ts).
import type { Services } from '../../trpc/context';
import { boardGroups, claimedInForecast, type BoardGroupRow, type BoardSla } from './sla-board.query';
import { AGE_BANDS, ageInWorkingDays, slaWindow } from './sla-window';

export interface SlaCounts {
  on_track: number;
  due_today: number;
  at_risk: number;
  breached: number;
  /** With the applicant: shown, but not counted against the center (not in `open`). */
  paused: number;
  /** At the center: on_track + due_today + at_risk + breached. */
  open: number;
}

export interface BoardLine extends SlaCounts {
  key: string;
  /** Open (not paused) applications per aging band, in AGE_BANDS order. */
  ageBands: number[];
  oldestAgeWorkingDays: number | null;
}

const emptyCounts = (): SlaCounts => ({ on_track: 0, due_today: 0, at_risk: 0, breached: 0, paused: 0, open: 0 });

function add(c: SlaCounts, sla: BoardSla, n: number): void {
  c[sla] += n;
  if (sla !== 'paused') c.open += n;
}

export async function slaBoard(services: Services) {
  const cal = services.reference.calendar;
  const w = slaWindow(cal, services.clock());
  // One snapshot for both statements, so a claim in between cannot make the numbers disagree.
  const [rows, claimedSoon] = await services.database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => [await boardGroups(trx, w), await claimedInForecast(trx, w)] as const);

  const totals = emptyCounts();
  const forecast = { total: 0, unclaimed: 0 };
  const dims = { byStep: new Map<string, Acc>(), byBusinessType: new Map<string, Acc>(), byOffice: new Map<string, Acc>() };
  for (const r of rows) {
    add(totals, r.sla, r.n);
    // Breaches by tomorrow's close: due today or on the next working day and still undecided.
    if (r.sla === 'due_today' || r.sla === 'at_risk') forecast.total += r.n;
    accumulate(dims.byStep, r.step ?? '', r);
    accumulate(dims.byBusinessType, r.business_type, r);
    accumulate(dims.byOffice, r.office_id, r);
  }
  // The unclaimed ones are those nobody is even working on.
  forecast.unclaimed = forecast.total - claimedSoon;
  const lines = (m: Map<string, Acc>): BoardLine[] =>
    [...m.entries()]
      .map(([key, a]) => ({ key, ...a.counts, ageBands: a.ageBands, oldestAgeWorkingDays: a.oldest ? ageInWorkingDays(cal, a.oldest, w.today) : null }))
      .sort((x, y) => y.open - x.open || x.key.localeCompare(y.key));
  return {
    today: w.today,
    nextWorkingDay: w.nextWorkingDay,
    ageBands: AGE_BANDS,
    totals,
    forecast,
    byStep: lines(dims.byStep),
    byBusinessType: lines(dims.byBusinessType),
    byOffice: lines(dims.byOffice),
  };
}

interface Acc {
  counts: SlaCounts;
  ageBands: number[];
  oldest: Date | null;
}

function accumulate(m: Map<string, Acc>, key: string, r: BoardGroupRow): void {
  let a = m.get(key);
  if (!a) m.set(key, (a = { counts: emptyCounts(), ageBands: AGE_BANDS.map(() => 0), oldest: null }));
  add(a.counts, r.sla, r.n);
  if (r.sla !== 'paused') {
    a.ageBands[r.age_band] = (a.ageBands[r.age_band] ?? 0) + r.n;
    if (r.oldest_accepted_at && (!a.oldest || r.oldest_accepted_at < a.oldest)) a.oldest = r.oldest_accepted_at;
  }
}
