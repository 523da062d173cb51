// The SLA board in one grouped scan of the open applications (partial index
// applications_open_board): counts per step × business type × office × SLA state × aging band ×
// claimed. Everything date-like is compared with dates computed beforehand (sla-window.ts).
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
  claimed: boolean;
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

function acceptedDay() {
  return sql<string>`(a.accepted_at at time zone 'Asia/Shanghai')::date`;
}

export function ageBandCase(w: SlaWindow) {
  const day = acceptedDay();
  return sql<number>`case
    when ${day} >= ${w.bandStarts[0]} then 0
    when ${day} >= ${w.bandStarts[1]} then 1
    when ${day} >= ${w.bandStarts[2]} then 2
    else 3 end`;
}

export async function boardGroups(db: Kysely<DB>, w: SlaWindow): Promise<BoardGroupRow[]> {
  const rows = await db
    .selectFrom('applications as a')
    .leftJoin('tasks as t', (j) => j.onRef('t.application_id', '=', 'a.id').on('t.status', 'in', ['open', 'claimed']))
    .select([
      'a.step',
      'a.business_type',
      'a.office_id',
      slaCase(w).as('sla'),
      ageBandCase(w).as('age_band'),
      sql<boolean>`coalesce(t.status = 'claimed', false)`.as('claimed'),
      sql<number>`count(*)::int`.as('n'),
      sql<Date | null>`min(a.accepted_at)`.as('oldest_accepted_at'),
    ])
    .where('a.status', 'in', BOARD_STATUSES)
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`, sql`5`, sql`6`])
    .execute();
  return rows.map((r) => ({ ...r, age_band: Number(r.age_band), n: Number(r.n), oldest_accepted_at: r.oldest_accepted_at ? new Date(r.oldest_accepted_at) : null }));
}
