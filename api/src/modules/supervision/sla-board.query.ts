// The SLA board in one grouped scan of the open applications (read from the covering partial index
// applications_board_groups alone, in its step × type × office order): counts per step × business
// type × office × SLA state × aging band; and, apart, how many of the breach forecast are claimed
// (joining every open application to its task made the scan several times slower at 1,000,000
// applications, bench/board.bench.ts). Everything date-like is compared with dates and instants
// computed beforehand (sla-window.ts).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SlaWindow } from './sla-window';

/** Open at the center or paused with the applicant; decided applications have left the board. */
export const BOARD_STATUSES = ['accepted', 'in_review', 'resubmitted', 'returned_for_supplement'] as const;
export const PAUSED_STATUS = 'returned_for_supplement';

export type BoardSla = 'on_track' | 'due_today' | 'at_risk' | 'breached' | 'paused';

export interface BoardGroupRow {
  step: string | null;
  business_type: string;
  office_id: string;
  sla: BoardSla;
  age_band: number;
  n: number;
  oldest_accepted_at: Date | null;
}

export function slaCase(w: SlaWindow) {
  return sql<BoardSla>`case
    when a.status = ${PAUSED_STATUS} then 'paused'
    when a.due_on < ${w.today} then 'breached'
    when a.due_on = ${w.today} then 'due_today'
    when a.due_on <= ${w.nextWorkingDay} then 'at_risk'
    else 'on_track' end`;
}

/** The instant a Beijing calendar day starts: "accepted on or after day D" without converting every row's time. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function ageBandCase(w: SlaWindow) {
  return sql<number>`case
    when a.accepted_at >= ${dayStart(w.bandStarts[0])} then 0
    when a.accepted_at >= ${dayStart(w.bandStarts[1])} then 1
    when a.accepted_at >= ${dayStart(w.bandStarts[2])} then 2
    else 3 end`;
}

export async function boardGroups(db: Kysely<DB>, w: SlaWindow): Promise<BoardGroupRow[]> {
  const rows = await db
    .selectFrom('applications as a')
    .select([
      'a.step',
      'a.business_type',
      'a.office_id',
      slaCase(w).as('sla'),
      ageBandCase(w).as('age_band'),
      sql<number>`count(*)::int`.as('n'),
      sql<Date | null>`min(a.accepted_at)`.as('oldest_accepted_at'),
    ])
    .where('a.status', 'in', BOARD_STATUSES)
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`, sql`5`])
    .execute();
  return rows.map((r) => ({ ...r, age_band: Number(r.age_band), n: Number(r.n), oldest_accepted_at: r.oldest_accepted_at ? new Date(r.oldest_accepted_at) : null }));
}

/** Of the breach forecast (open, due today or on the next working day), how many someone has claimed. */
export async function claimedInForecast(db: Kysely<DB>, w: SlaWindow): Promise<number> {
  const row = await db
    .selectFrom('tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('t.status', '=', 'claimed')
    .where('a.status', 'in', BOARD_STATUSES)
    .where('a.status', '!=', PAUSED_STATUS)
    .where('a.due_on', '>=', w.today)
    .where('a.due_on', '<=', w.nextWorkingDay)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
