// Daily counts behind the throughput chart, grouped by Beijing calendar day, office and bank window
// in SQL so the answer stays a few thousand rows however many applications there are (each count
// also says how many of them were loans, which the loan target is about): booked appointments,
// accepted and decided applications, transfers paid; and, per pair of acceptance and decision
// (or payment) days, how many — the working days between them are counted by the calendar in the
// service, not guessed in SQL.
import { sql, type Kysely } from 'kysely';
import { businessTypesIn } from '@onetrip/workflows';
import type { DB } from '../../db/schema';

export interface DayCount {
  day: string;
  office_id: string;
  /** null: accepted at an office counter or online, not at an entrusted bank's window */
  window_id: string | null;
  n: number;
  loans: number;
}
export interface DayPair {
  accepted: string;
  done: string;
  n: number;
  within_sla: number;
}

const dayOf = (column: string) => sql<string>`(${sql.ref(column)} at time zone 'Asia/Shanghai')::date::text`;
const fromInstant = (from: string) => sql<Date>`${from}::date::timestamp at time zone 'Asia/Shanghai'`;
const toInstant = (to: string) => sql<Date>`(${to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
const LOAN_CODES = businessTypesIn('loan').map((b) => b.code);
const loansAmong = (column: string) => sql<string>`count(*) filter (where ${sql.ref(column)} in (${sql.join(LOAN_CODES)}))`;
const dayCount = (r: { day: string; office_id: string; window_id: string | null; n: string; loans: string }): DayCount => ({
  day: r.day,
  office_id: r.office_id,
  window_id: r.window_id,
  n: Number(r.n),
  loans: Number(r.loans),
});

async function countsBy(db: Kysely<DB>, table: 'appointments' | 'applications', column: 'created_at' | 'accepted_at' | 'decided_at', from: string, to: string, officeId?: string): Promise<DayCount[]> {
  let q = db
    .selectFrom(table)
    .select([dayOf(column).as('day'), 'office_id', 'window_id', (eb) => eb.fn.countAll<string>().as('n'), loansAmong('business_type').as('loans')])
    .where(sql.ref(column), '>=', fromInstant(from))
    .where(sql.ref(column), '<', toInstant(to));
  if (officeId) q = q.where('office_id', '=', officeId);
  const rows = await q.groupBy([sql`1`, 'office_id', 'window_id']).execute();
  return rows.map(dayCount);
}

export async function throughputCounts(db: Kysely<DB>, from: string, to: string, officeId?: string) {
  let transferred = db
    .selectFrom('transfers as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .select([dayOf('t.settled_at').as('day'), 'a.office_id', 'a.window_id', (eb) => eb.fn.countAll<string>().as('n'), loansAmong('a.business_type').as('loans')])
    .where('t.status', '=', 'succeeded')
    .where('t.settled_at', '>=', fromInstant(from))
    .where('t.settled_at', '<', toInstant(to));
  if (officeId) transferred = transferred.where('a.office_id', '=', officeId);
  const [booked, accepted, decided, paid] = await Promise.all([
    countsBy(db, 'appointments', 'created_at', from, to, officeId),
    countsBy(db, 'applications', 'accepted_at', from, to, officeId),
    countsBy(db, 'applications', 'decided_at', from, to, officeId),
    transferred.groupBy([sql`1`, 'a.office_id', 'a.window_id']).execute(),
  ]);
  return { booked, accepted, decided, transferred: paid.map(dayCount) };
}

/** Applications decided in the range: (acceptance day, decision day) pairs, and how many met their due date. */
export async function decisionPairs(db: Kysely<DB>, from: string, to: string, officeId?: string): Promise<DayPair[]> {
  let q = db
    .selectFrom('applications')
    .select([
      dayOf('accepted_at').as('accepted'),
      dayOf('decided_at').as('done'),
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string>`count(*) filter (where (decided_at at time zone 'Asia/Shanghai')::date <= due_on)`.as('within_sla'),
    ])
    .where('decided_at', '>=', fromInstant(from))
    .where('decided_at', '<', toInstant(to))
    .where('accepted_at', 'is not', null);
  if (officeId) q = q.where('office_id', '=', officeId);
  const rows = await q.groupBy([sql`1`, sql`2`]).execute();
  return rows.map((r) => ({ accepted: r.accepted, done: r.done, n: Number(r.n), within_sla: Number(r.within_sla) }));
}

/** Transfers paid in the range: (acceptance day, payment day) pairs. */
export async function transferPairs(db: Kysely<DB>, from: string, to: string, officeId?: string): Promise<DayPair[]> {
  let q = db
    .selectFrom('transfers as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .select([dayOf('a.accepted_at').as('accepted'), dayOf('t.settled_at').as('done'), (eb) => eb.fn.countAll<string>().as('n')])
    .where('t.status', '=', 'succeeded')
    .where('t.settled_at', '>=', fromInstant(from))
    .where('t.settled_at', '<', toInstant(to))
    .where('a.accepted_at', 'is not', null);
  if (officeId) q = q.where('a.office_id', '=', officeId);
  const rows = await q.groupBy([sql`1`, sql`2`]).execute();
  return rows.map((r) => ({ accepted: r.accepted, done: r.done, n: Number(r.n), within_sla: 0 }));
}
