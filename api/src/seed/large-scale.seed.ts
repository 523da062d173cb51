// `pnpm seed --scale large`: a million applications on top of the demo center, so queues, counts
// and detail pages can be measured at a real center's size. Everything is set-based SQL — one
// `INSERT … SELECT … FROM generate_series` statement per batch writes the applications, their
// active tasks, SLA pauses and the actions of finished steps — and runs on PostgreSQL 15 and
// PGlite (PostgreSQL 18). Row n's values are pure functions of n (hashint8 of n and a salt), so
// the same database comes out of every run.
import { sql } from 'kysely';
import { chinaCalendar, shanghaiDate, type WorkingCalendar } from '@onetrip/workflows';
import type { Database } from '../db/database';
import { OFFICE_AREA, OFFICE_WEIGHTS, PAST_WORKING_DAYS, typeMix, workingDaysAround } from './large-scale.plan';

export interface LargeScaleOptions {
  /** applications to add; at most 1,000,000 (the applicant ID scheme is unique up to there) */
  readonly count?: number;
  readonly batchSize?: number;
  /** the load ends on this instant's day (Asia/Shanghai) */
  readonly now?: Date;
  readonly calendar?: WorkingCalendar;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LargeScaleSummary {
  readonly applications: number;
  readonly openTasks: number;
  readonly seconds: number;
}

/** Working days over which the oldest still-open applications reach back (a real backlog's tail). */
const OPEN_TAIL_WORKING_DAYS = 120;
/** Share of finished reviewed applications that ended rejected. */
const REJECTED_SHARE = 0.06;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '于', '董', '曹', '田', '姜', '崔', '关'];
const GIVEN = ['伟', '强', '军', '磊', '勇', '杰', '涛', '斌', '明', '刚', '辉', '鹏', '华', '飞', '静', '丽', '敏', '燕', '娟', '芳', '霞', '婷', '雪', '颖', '欣', '宇', '晨', '佳', '琳', '博', '浩', '洋', '鑫', '瑶', '悦', '帆'];
const FIRMS = ['松江', '冰城', '龙江', '北方', '哈工', '太阳岛', '中央大街', '金河', '远东', '兴安'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const textArray = (xs: readonly string[]) => (xs.length ? `array[${xs.map(lit).join(',')}]::text[]` : `'{}'::text[]`);
/** A deterministic uniform number in [0, 1) for series row `g`, independent per salt. */
const uniform = (salt: number) => `((hashint8(g * 64 + ${salt})::bigint + 2147483648)::float8 / 4294967296)`;
/** GB 11643 check character of a 17-digit text expression. */
const idCheckChar = (id17: string) =>
  `substr('10X98765432', ((${ID_WEIGHTS.map((w, i) => `substr(${id17}, ${i + 1}, 1)::int * ${w}`).join(' + ')}) % 11) + 1, 1)`;

interface Staffing {
  readonly reviewers: string[];
  readonly approvers: string[];
  readonly clerks: Map<string, { id: string; window: string | null }[]>;
}

async function staffing(database: Database): Promise<Staffing> {
  const rows = await database.db.selectFrom('staff').select(['id', 'role', 'office_id', 'window_id']).orderBy('id').execute();
  const clerks = new Map<string, { id: string; window: string | null }[]>();
  for (const r of rows.filter((r) => r.role === 'clerk')) clerks.set(r.office_id, [...(clerks.get(r.office_id) ?? []), { id: r.id, window: r.window_id }]);
  const s = { reviewers: rows.filter((r) => r.role === 'reviewer').map((r) => r.id), approvers: rows.filter((r) => r.role === 'approver').map((r) => r.id), clerks };
  // Four eyes needs two different people on consecutive steps of one application.
  if (s.reviewers.length < 2 || s.approvers.length < 2 || Object.keys(OFFICE_WEIGHTS).some((o) => !clerks.get(o)?.length)) {
    throw new Error('large-scale seed needs the demo organisation (clerks in every office, ≥ 2 reviewers and ≥ 2 approvers)');
  }
  return s;
}

/** The statement that writes applications [lo, hi] and everything that hangs off them. */
function batchStatement(lo: number, hi: number, ctx: { days: string[]; todayIdx: number; now: Date; staff: Staffing }): string {
  const { days, todayIdx, staff } = ctx;
  const now = `${lit(ctx.now.toISOString())}::timestamptz`;
  const totalOffice = Object.values(OFFICE_WEIGHTS).reduce((a, b) => a + b, 0);
  let acc = 0;
  const offices = Object.entries(OFFICE_WEIGHTS).map(([id, w]) => {
    const from = acc / totalOffice;
    acc += w;
    const clerks = staff.clerks.get(id)!;
    return `(${lit(id)}, ${from}, ${acc / totalOffice}, ${lit(OFFICE_AREA[id]!)}, ${textArray(clerks.map((c) => c.id))}, ${textArray(clerks.map((c) => c.window ?? ''))})`;
  });
  const types = typeMix().map(
    (t) => `(${lit(t.code)}, ${lit(t.category)}, ${t.lo}, ${t.hi}, ${textArray(t.steps)}, ${t.slaWorkingDays}, ${lit(t.fulfilment)}, ${lit(t.channels)}, ${t.typicalFen})`,
  );
  const rv = textArray(staff.reviewers);
  const ap = textArray(staff.approvers);
  // Consecutive steps go to different people (four eyes): review_2 is the next reviewer after
  // review_1's, approval_extra the next approver after approval's.
  const actorFor = (step: string) =>
    `case ${step} when 'review_1' then (${rv})[1 + a.k % ${staff.reviewers.length}] when 'review_2' then (${rv})[1 + (a.k + 1) % ${staff.reviewers.length}]
      when 'approval' then (${ap})[1 + a.k % ${staff.approvers.length}] else (${ap})[1 + (a.k + 1) % ${staff.approvers.length}] end`;
  const id17 = `(p.area || to_char(date '1962-01-01' + ((p.g - 1) / 1000) * 15, 'YYYYMMDD') || lpad(((p.g - 1) % 1000)::text, 3, '0'))`;

  return `
with
r as (
  select g, (g - 1) % ${PAST_WORKING_DAYS} as age,
    ${uniform(1)} as u_open, ${uniform(2)} as u_kind, ${uniform(3)} as u_step, ${uniform(4)} as u_type, ${uniform(5)} as u_office,
    ${uniform(6)} as u_chan, ${uniform(7)} as u_time, ${uniform(8)} as u_amount, ${uniform(9)} as u_decide, ${uniform(10)} as u_claim,
    ${uniform(11)} as u_name, floor(${uniform(12)} * 10000)::int as k
  from generate_series(${lo}, ${hi}) g
),
bt (code, category, lo, hi, steps, sla, fulfilment, channels, typical_fen) as (values ${types.join(',\n  ')}),
ofc (office_id, lo, hi, area, clerks, windows) as (values ${offices.join(',\n  ')}),
p as (
  select r.*, bt.code, bt.category, bt.steps, coalesce(array_length(bt.steps, 1), 0) as nsteps, bt.sla, bt.fulfilment, bt.typical_fen,
    ofc.office_id, ofc.area, ofc.clerks, ofc.windows, ${todayIdx} - r.age as di,
    case when bt.channels = 'both' then (case when r.u_chan < 0.55 then 'online' else 'counter' end) else bt.channels end as channel,
    -- Applications of the last months are still open with a probability that falls with age.
    r.u_open < greatest(0, 1 - r.age / ${OPEN_TAIL_WORKING_DAYS}.0) as is_open
  from r
  join bt on r.u_type >= bt.lo and r.u_type < bt.hi
  join ofc on r.u_office >= ofc.lo and r.u_office < ofc.hi
),
s as (
  select p.*,
    case
      when p.is_open and p.nsteps > 0 and p.u_kind < 0.15 then 'returned_for_supplement'
      when p.is_open and p.fulfilment = 'transfer' and (p.nsteps = 0 or p.u_kind < 0.30) then 'transfer_pending'
      when p.is_open and p.nsteps > 0 then 'in_review'
      when p.nsteps > 0 and p.u_kind < ${REJECTED_SHARE} then 'rejected'
      when p.fulfilment = 'transfer' then 'transferred'
      when p.fulfilment = 'loan_disbursement' then 'disbursed'
      else 'closed'
    end as status,
    case p.category when 'employer' then 'employer' else 'person' end as applicant_kind,
    case when p.category = 'employer'
      then '91230100MA' || upper(lpad(to_hex(p.g), 7, '0')) || 'X'
      else ${id17} || ${idCheckChar(id17)} end as applicant_id,
    case when p.category = 'employer'
      then '哈尔滨' || (${textArray(FIRMS)})[1 + floor(p.u_name * ${FIRMS.length})::int] || (${textArray(GIVEN)})[1 + p.g % ${GIVEN.length}] || '有限公司'
      else (${textArray(SURNAMES)})[1 + floor(p.u_name * ${SURNAMES.length})::int] || (${textArray(GIVEN)})[1 + p.g % ${GIVEN.length}]
        || case when p.u_name * 100 - floor(p.u_name * 100) < 0.6 then (${textArray(GIVEN)})[1 + (p.g / 7) % ${GIVEN.length}] else '' end
    end as applicant_name,
    w.days[p.di] as acc_day,
    w.days[p.di + p.sla] as due_on,
    least((w.days[p.di] + time '08:30' + floor(p.u_time * 480)::int * interval '1 minute') at time zone 'Asia/Shanghai', ${now} - interval '5 minutes') as accepted_at,
    (w.days[least(p.di + 1 + floor(p.u_decide * p.sla)::int, ${todayIdx})] + time '09:00' + floor(p.u_time * 480)::int * interval '1 minute') at time zone 'Asia/Shanghai' as decided_raw,
    'SL' || to_char(w.days[p.di], 'YYYYMMDD') || split_part(p.office_id, '-', 2) || lpad(((p.g - 1) / ${PAST_WORKING_DAYS} + 1)::text, 4, '0') as receipt_no
  from p, (select ${lit(`{${days.join(',')}}`)}::date[] as days) w
),
a as (
  select s.*,
    (round(s.typical_fen * (0.4 + 1.2 * s.u_amount) / 100) * 100)::bigint as amount_fen,
    case when s.status in ('in_review', 'returned_for_supplement') then 1 + floor(s.u_step * s.nsteps)::int end as cur,
    case when s.status in ('in_review', 'returned_for_supplement') then floor(s.u_step * s.nsteps)::int else s.nsteps end as ndone,
    case when s.channel = 'counter' then 1 + floor(s.u_claim * 1000)::int % array_length(s.clerks, 1) end as clerk_no,
    case when s.status in ('in_review', 'returned_for_supplement') then null
      else least(greatest(s.decided_raw, s.accepted_at + interval '2 hours'), ${now}) end as decided_at
  from s
),
app as (
  select a.*, a.steps[a.cur] as step, a.clerks[a.clerk_no] as clerk, nullif(a.windows[a.clerk_no], '') as window_id,
    case when a.status in ('transferred', 'disbursed') then least(a.decided_at + interval '1 hour', ${now})
      when a.status in ('rejected', 'closed') then a.decided_at end as closed_at
  from a
),
ins_app as (
  insert into applications (id, receipt_no, business_type, applicant_kind, applicant_id, applicant_name, account_no, channel, office_id, window_id,
    status, step, route, version, amount_fen, missing_items, reason_codes, transfer_attempts, sla_working_days, accepted_at, accepted_by, due_on,
    decided_at, closed_at, created_at, updated_at)
  select md5('onetrip-large-' || g)::uuid::text, receipt_no, code, applicant_kind, applicant_id, applicant_name, null, channel, office_id, window_id,
    status, step, to_jsonb(steps), 2 + ndone + case status when 'transferred' then 2 when 'disbursed' then 4 when 'transfer_pending' then 1
      when 'closed' then 1 when 'returned_for_supplement' then 1 else 0 end,
    amount_fen,
    case when status = 'returned_for_supplement' then '[{"field":"materials","note":"材料不清晰，请补正"}]'::jsonb else '[]'::jsonb end,
    case when status = 'rejected' then '["review.conditions_not_met"]'::jsonb else '[]'::jsonb end,
    case when status = 'transferred' then 1 else 0 end, sla, accepted_at, clerk, due_on,
    decided_at, closed_at, accepted_at - interval '5 minutes', coalesce(closed_at, decided_at, accepted_at)
  from app
),
ins_task as (
  insert into tasks (application_id, step, candidate_role, office_id, business_type, priority, due_on, status, assignee_id, claimed_at, created_at,
    accepted_at, amount_fen)
  select md5('onetrip-large-' || g)::uuid::text, step, case when step in ('review_1', 'review_2') then 'reviewer' else 'approver' end, office_id, code,
    case when u_claim * 10 - floor(u_claim * 10) < 0.1 then 1 else 0 end, due_on,
    case when u_claim < 0.35 then 'claimed' else 'open' end,
    case when u_claim < 0.35 then ${actorFor('step')} end,
    case when u_claim < 0.35 then least(accepted_at + interval '3 hours', ${now}) end,
    least(accepted_at + ndone * interval '20 hours', ${now}),
    accepted_at, amount_fen
  from app a where status = 'in_review'
),
ins_pause as (
  insert into sla_pauses (application_id, paused_at, resumed_at)
  select md5('onetrip-large-' || g)::uuid::text, greatest(accepted_at, least(accepted_at + (1 + floor(u_decide * 3)::int) * interval '1 day', ${now} - interval '1 hour')), null
  from app where status = 'returned_for_supplement'
)
insert into application_actions (application_id, step, actor_id, at)
select md5('onetrip-large-' || g)::uuid::text, 'acceptance', clerk, accepted_at from app where clerk is not null
union all
select md5('onetrip-large-' || a.g)::uuid::text, st.step, ${actorFor('st.step')}, least(a.accepted_at + st.i * interval '20 hours', coalesce(a.decided_at, ${now}))
from app a cross join lateral unnest(a.steps[1:a.ndone]) with ordinality as st(step, i)
where a.ndone > 0`;
}

/** Adds `count` applications (default 1,000,000) to a database that holds the demo organisation. */
export async function seedLargeScale(database: Database, options: LargeScaleOptions = {}): Promise<LargeScaleSummary> {
  const count = options.count ?? 1_000_000;
  const batchSize = options.batchSize ?? 100_000;
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new RangeError(`count must be 1 … 1,000,000: ${count}`);
  const started = performance.now();
  const { db } = database;
  const already = await db.selectFrom('applications').select('id').where(sql<boolean>`id = md5('onetrip-large-1')::uuid::text`).executeTakeFirst();
  if (already) throw new Error('the large-scale applications are already loaded in this database');
  const staff = await staffing(database);
  const now = options.now ?? new Date();
  const days = workingDaysAround(options.calendar ?? chinaCalendar, shanghaiDate(now));

  for (let lo = 1; lo <= count; lo += batchSize) {
    const hi = Math.min(count, lo + batchSize - 1);
    await db.transaction().execute(async (trx) => {
      // JIT compiling this one-off statement costs seconds and saves nothing.
      await sql`set local jit = off`.execute(trx);
      await sql.raw(batchStatement(lo, hi, { days, todayIdx: PAST_WORKING_DAYS, now, staff })).execute(trx);
    });
    options.onProgress?.(hi, count);
  }
  // Receipts are numbered per office and day: today's next acceptance continues after the load.
  await sql`
    insert into receipt_sequences (day, office_id, last)
    select to_date(substr(receipt_no, 3, 8), 'YYYYMMDD'), office_id, max(substr(receipt_no, 13)::int)
    from applications where receipt_no like 'SL%' group by 1, 2
    on conflict (day, office_id) do update set last = greatest(receipt_sequences.last, excluded.last)`.execute(db);
  await sql`analyze`.execute(db);
  const open = await db.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['open', 'claimed']).executeTakeFirstOrThrow();
  return { applications: count, openTasks: Number(open.n), seconds: (performance.now() - started) / 1000 };
}
