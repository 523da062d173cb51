// One page of a review queue: filters, a stable sort and a keyset cursor (no OFFSET, so a page is
// as fast at row 900,000 as at row 1 and does not drift while tasks come and go).
import { sql, type Kysely } from 'kysely';
import { maskIdNumber, type TaskListInput, type WorkingCalendar } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import { dueBoundsFor, taskSla } from './task-sla';
import type { TaskRole } from './task.repository';

// Every sort key is a column of the task, so a page is read in order from a partial index and
// stops after limit + 1 rows (0020, 0021); the application is joined only for those rows' display.
const SORT_COLUMN = { due: 't.due_on', accepted_at: 't.accepted_at', amount: 't.amount_fen' } as const;

interface Viewer {
  readonly id: string;
  readonly roles: readonly TaskRole[];
}

/** The SQL of one page (one row more than the page, to know whether another follows). */
export function taskPageQuery(db: Kysely<DB>, cal: WorkingCalendar, input: TaskListInput, viewer: Viewer, now: Date) {
  const col = SORT_COLUMN[input.sort.field];
  const dir = input.sort.dir;
  let q = db
    .selectFrom('tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .leftJoin('staff as s', 's.id', 't.assignee_id')
    .select([
      't.id', 't.step', 't.status', 't.due_on', 't.priority', 't.claimed_at', 't.assignee_id', 't.office_id', 't.business_type',
      's.display_name as assignee_name',
      'a.id as application_id', 'a.receipt_no', 'a.applicant_name', 'a.applicant_id', 'a.amount_fen', 'a.accepted_at', 'a.version', 'a.channel',
    ])
    .where('t.status', 'in', ['open', 'claimed'])
    .where('t.candidate_role', 'in', viewer.roles);

  if (input.steps?.length) q = q.where('t.step', 'in', input.steps);
  if (input.businessTypes?.length) q = q.where('t.business_type', 'in', input.businessTypes);
  if (input.branchId) q = q.where('t.office_id', '=', input.branchId);
  if (input.assignee === 'me') q = q.where('t.assignee_id', '=', viewer.id);
  else if (input.assignee === 'unassigned') q = q.where('t.assignee_id', 'is', null);
  else if (input.assignee) q = q.where('t.assignee_id', '=', input.assignee);
  if (input.acceptedFrom) q = q.where('t.accepted_at', '>=', new Date(`${input.acceptedFrom}T00:00:00+08:00`));
  if (input.acceptedTo) q = q.where('t.accepted_at', '<', sql<Date>`(${input.acceptedTo}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  if (input.sla && input.sla !== 'paused') {
    const b = dueBoundsFor(cal, input.sla, now);
    if (b.before) q = q.where('t.due_on', '<', b.before);
    if (b.from) q = q.where('t.due_on', '>=', b.from);
    if (b.through) q = q.where('t.due_on', '<=', b.through);
    if (b.after) q = q.where('t.due_on', '>', b.after);
  } else if (input.sla === 'paused') {
    // Paused applications are with the applicant and have no active task.
    q = q.where(sql<boolean>`false`);
  }
  if (input.search) {
    const s = input.search;
    q = q.where((eb) => eb.or([eb('a.receipt_no', 'like', `${s}%`), eb('a.applicant_id', '=', s.toUpperCase()), eb('a.applicant_name', '=', s)]));
  }
  if (input.cursor) {
    const cmp = dir === 'asc' ? sql.raw('>') : sql.raw('<');
    const after = input.sort.field === 'accepted_at' ? new Date(String(input.cursor.after)) : input.cursor.after;
    q = q.where(sql<boolean>`(${sql.ref(col)}, t.id) ${cmp} (${after}, ${Number(input.cursor.id)})`);
  }
  return q
    .orderBy(sql.ref(col), dir)
    .orderBy('t.id', dir)
    .limit(input.limit + 1);
}

export async function listTasks(db: Kysely<DB>, cal: WorkingCalendar, input: TaskListInput, viewer: Viewer, now: Date) {
  const rows = await taskPageQuery(db, cal, input, viewer, now).execute();

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? {
          after: input.sort.field === 'due' ? last.due_on : input.sort.field === 'amount' ? last.amount_fen : (last.accepted_at as Date).toISOString(),
          id: String(last.id),
        }
      : null;
  return {
    items: page.map((r) => ({
      taskId: String(r.id),
      applicationId: r.application_id,
      receiptNo: r.receipt_no,
      businessType: r.business_type,
      step: r.step,
      status: r.status,
      channel: r.channel,
      applicantName: r.applicant_name,
      applicantIdMasked: maskIdNumber(r.applicant_id),
      amountFen: r.amount_fen,
      acceptedAt: r.accepted_at ? (r.accepted_at as Date).toISOString() : null,
      dueOn: r.due_on,
      sla: taskSla(cal, r.due_on, now),
      officeId: r.office_id,
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? r.assignee_id, since: (r.claimed_at as Date).toISOString() } : null,
      version: r.version,
    })),
    nextCursor,
  };
}
