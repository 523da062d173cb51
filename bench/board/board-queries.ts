// Every query behind the supervisor's SLA board, workload and throughput views, as the services
// call them (same calendar window, same inputs the SPA sends by default), each timed on its own.
// The anchor is the bare count of the open applications the board is about, in the same run.
import { addDays, shanghaiDate } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { builtInReferenceData } from '../../api/src/reference/reference-data';
import { boardGroups, BOARD_STATUSES, claimedInForecast } from '../../api/src/modules/supervision/sla-board.query';
import { boardCases } from '../../api/src/modules/supervision/sla-cases.query';
import { boardCasesInput, type BoardCasesInput } from '../../api/src/modules/supervision/supervision.schemas';
import { slaWindow } from '../../api/src/modules/supervision/sla-window';
import { claimedTasksOf, workloadRows } from '../../api/src/modules/supervision/workload.query';
import { decisionPairs, throughputCounts, transferPairs } from '../../api/src/modules/supervision/throughput.query';
import { percentiles, type Percentiles } from '../timing';

export interface BoardQuery {
  readonly id: string;
  readonly label: string;
  readonly run: () => Promise<unknown>;
}

export interface BoardQueryTiming {
  readonly id: string;
  readonly label: string;
  readonly ms: Percentiles;
}

/** The throughput page's default range: the last 28 days (web/src/features/throughput). */
const THROUGHPUT_DAYS = 28;

export async function boardQueries(database: Database, now: Date): Promise<{ queries: BoardQuery[]; anchor: BoardQuery }> {
  const { db } = database;
  const cal = builtInReferenceData().calendar;
  const w = slaWindow(cal, now);
  const today = shanghaiDate(now);
  const from = addDays(today, -(THROUGHPUT_DAYS - 1));
  const dayStart = new Date(`${today}T00:00:00+08:00`);
  const busiest = await db.selectFrom('tasks').select(['assignee_id', (eb) => eb.fn.countAll<string>().as('n')]).where('status', '=', 'claimed').groupBy('assignee_id').orderBy('n', 'desc').executeTakeFirstOrThrow();
  const office = await db.selectFrom('offices').select('id').orderBy('id').executeTakeFirstOrThrow();

  const cases = (id: string, label: string, input: Partial<BoardCasesInput>): BoardQuery => {
    const parsed = boardCasesInput.parse(input);
    return { id: `cases_${id}`, label: `drill-down first page (50): ${label}`, run: () => boardCases(db, cal, w, parsed) };
  };

  const queries: BoardQuery[] = [
    { id: 'board_groups', label: 'board counts by step × type × office × SLA state × age band (totals, forecast, paused)', run: () => boardGroups(db, w) },
    { id: 'forecast_claimed', label: 'breach forecast: how many are claimed', run: () => claimedInForecast(db, w) },
    cases('breached', 'breached, whole center', { sla: 'breached' }),
    cases('forecast', 'breach forecast (due by tomorrow, unclaimed)', { sla: 'forecast' }),
    cases('paused', 'paused with the applicant', { sla: 'paused' }),
    cases('office_open', `one office (${office.id}), everything open`, { officeId: office.id, sla: 'open' }),
    cases('oldest_band', 'oldest age band (6+ working days)', { ageBand: 3 }),
    cases('step_type', 'one step and business type (review_1, withdrawal.rent)', { step: 'review_1', businessType: 'withdrawal.rent' }),
    { id: 'workload', label: 'workload per reviewer/approver (claimed now, decided today and in 30 days)', run: () => workloadRows(db, dayStart, now) },
    { id: 'claimed_tasks', label: `one person's claimed tasks (the busiest: ${busiest.assignee_id})`, run: () => claimedTasksOf(db, busiest.assignee_id!) },
    { id: 'throughput_counts', label: `throughput counts per day × office, last ${THROUGHPUT_DAYS} days (booked, accepted, decided, paid)`, run: () => throughputCounts(db, from, today) },
    { id: 'throughput_decisions', label: `throughput: acceptance→decision day pairs, last ${THROUGHPUT_DAYS} days`, run: () => decisionPairs(db, from, today) },
    { id: 'throughput_transfers', label: `throughput: acceptance→payment day pairs, last ${THROUGHPUT_DAYS} days`, run: () => transferPairs(db, from, today) },
  ];
  const anchor: BoardQuery = {
    id: 'anchor_count_open',
    label: 'bare SQL: count(*) of the open applications (status on the board)',
    run: () => db.selectFrom('applications').select((eb) => eb.fn.countAll<string>().as('n')).where('status', 'in', BOARD_STATUSES).executeTakeFirstOrThrow(),
  };
  return { queries, anchor };
}

export async function timeBoardQueries(database: Database, now: Date, calls: number): Promise<{ timings: BoardQueryTiming[]; anchor: BoardQueryTiming }> {
  const { queries, anchor } = await boardQueries(database, now);
  const timings: BoardQueryTiming[] = [];
  for (const q of queries) timings.push({ id: q.id, label: q.label, ms: await percentiles(calls, q.run) });
  return { timings, anchor: { id: anchor.id, label: anchor.label, ms: await percentiles(calls, anchor.run) } };
}
