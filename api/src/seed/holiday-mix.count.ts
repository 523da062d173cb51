// The SLA numbers counted straight from the tables, to hold the supervisor's board against: not
// through the board's query (sla-board.query.ts classifies applications by their status) nor the
// workflows calendar, but from the live review tasks, the open SLA pauses and the stored holiday
// notices, in one statement of its own. If the two ever disagree, one of them is wrong.
import { shanghaiDate } from '@onetrip/workflows';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { MixSla } from './holiday-mix.seed';

export interface CountedCase {
  readonly receiptNo: string;
  readonly sla: MixSla;
  readonly claimed: boolean;
  readonly officeId: string;
  readonly step: string | null;
}

export interface CountedBoard {
  readonly today: string;
  readonly nextWorkingDay: string;
  readonly totals: Record<MixSla | 'open', number>;
  readonly forecast: { total: number; unclaimed: number };
  readonly cases: CountedCase[];
}

/** The board's tiles over cases classified one way or the other (by construction or by count). */
export function boardNumbers(cases: readonly { readonly sla: MixSla; readonly claimed: boolean }[]): Pick<CountedBoard, 'totals' | 'forecast'> {
  const n = (sla: MixSla) => cases.filter((c) => c.sla === sla).length;
  const soon = cases.filter((c) => c.sla === 'due_today' || c.sla === 'at_risk');
  return {
    totals: { breached: n('breached'), due_today: n('due_today'), at_risk: n('at_risk'), on_track: n('on_track'), paused: n('paused'), open: cases.length - n('paused') },
    forecast: { total: soon.length, unclaimed: soon.filter((c) => !c.claimed).length },
  };
}

export async function countBoardFromTables(db: Kysely<DB>, at: Date): Promise<CountedBoard> {
  const today = shanghaiDate(at);
  const { rows } = await sql<{ receipt_no: string; sla: MixSla; claimed: boolean; office_id: string; step: string | null; next_working_day: string }>`
    with off_day as (
      select g::date as d
      from calendar_notices n
      cross join lateral jsonb_array_elements(n.notice -> 'holidays') h
      cross join lateral generate_series((h ->> 'from')::date, (h ->> 'to')::date, interval '1 day') g
    ), make_up as (
      select (m #>> '{}')::date as d from calendar_notices n cross join lateral jsonb_array_elements(n.notice -> 'makeUpDays') m
    ), next_working as (
      select min(g::date) as d
      from generate_series(${today}::date + 1, ${today}::date + 40, interval '1 day') g
      where g::date in (select d from make_up) or (extract(isodow from g) < 6 and g::date not in (select d from off_day))
    ), waiting as (
      -- with the applicant: the SLA clock stands in an open pause
      select distinct p.application_id from sla_pauses p where p.resumed_at is null
    ), at_center as (
      -- someone at the center has to act: a live review task
      select t.application_id, t.status = 'claimed' as claimed, t.step
      from tasks t where t.status in ('open', 'claimed') and t.application_id not in (select application_id from waiting)
    )
    select a.receipt_no, a.office_id, c.step, coalesce(c.claimed, false) as claimed, to_char(nw.d, 'YYYY-MM-DD') as next_working_day,
      case
        when c.application_id is null then 'paused'
        when a.due_on < ${today}::date then 'breached'
        when a.due_on = ${today}::date then 'due_today'
        when a.due_on <= nw.d then 'at_risk'
        else 'on_track'
      end as sla
    from applications a
    cross join next_working nw
    left join at_center c on c.application_id = a.id
    where a.id in (select application_id from at_center) or a.id in (select application_id from waiting)
    order by a.receipt_no`.execute(db);
  const cases = rows.map((r) => ({ receiptNo: r.receipt_no, sla: r.sla, claimed: r.claimed, officeId: r.office_id, step: r.sla === 'paused' ? null : r.step }));
  return { today, nextWorkingDay: rows[0]?.next_working_day ?? '', ...boardNumbers(cases), cases };
}
