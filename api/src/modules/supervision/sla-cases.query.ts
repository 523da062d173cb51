// The applications behind one number of the SLA board: the same filters as the board's groups,
// a stable order (due date, then id) and a keyset cursor instead of OFFSET.
import { sql, type Kysely } from 'kysely';
import { maskIdNumber, type WorkingCalendar } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import { ageBandCase, BOARD_STATUSES, PAUSED_STATUS, slaCase } from './sla-board.query';
import type { BoardCasesInput } from './supervision.schemas';
import { ageInWorkingDays, type SlaWindow } from './sla-window';

export async function boardCases(db: Kysely<DB>, cal: WorkingCalendar, w: SlaWindow, input: BoardCasesInput) {
  let q = db
    .selectFrom('applications as a')
    .leftJoin('tasks as t', (j) => j.onRef('t.application_id', '=', 'a.id').on('t.status', 'in', ['open', 'claimed']))
    .leftJoin('staff as s', 's.id', 't.assignee_id')
    .select([
      'a.id', 'a.receipt_no', 'a.business_type', 'a.step', 'a.office_id', 'a.window_id', 'a.applicant_name', 'a.applicant_id', 'a.accepted_at', 'a.due_on',
      't.id as task_id', 't.status as task_status', 't.assignee_id', 's.display_name as assignee_name',
      slaCase(w).as('sla'),
    ])
    .where('a.status', 'in', BOARD_STATUSES);
  if (input.step) q = q.where('a.step', '=', input.step);
  if (input.businessType) q = q.where('a.business_type', '=', input.businessType);
  if (input.officeId) q = q.where('a.office_id', '=', input.officeId);
  if (input.ageBand !== undefined) q = q.where(ageBandCase(w), '=', input.ageBand).where('a.status', '!=', PAUSED_STATUS);
  if (input.sla === 'paused') q = q.where('a.status', '=', PAUSED_STATUS);
  else if (input.sla === 'open') q = q.where('a.status', '!=', PAUSED_STATUS);
  else if (input.sla === 'forecast') {
    q = q.where('a.status', '!=', PAUSED_STATUS).where('a.due_on', '>=', w.today).where('a.due_on', '<=', w.nextWorkingDay).where('t.status', 'is distinct from', 'claimed');
  } else if (input.sla) q = q.where(slaCase(w), '=', input.sla);
  if (input.cursor) q = q.where(sql<boolean>`(a.due_on, a.id) > (${input.cursor.dueOn}::date, ${input.cursor.id})`);

  const rows = await q.orderBy('a.due_on').orderBy('a.id').limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      applicationId: r.id,
      receiptNo: r.receipt_no,
      businessType: r.business_type,
      step: r.step,
      officeId: r.office_id,
      windowId: r.window_id,
      applicantName: r.applicant_name,
      applicantIdMasked: maskIdNumber(r.applicant_id),
      acceptedAt: r.accepted_at ? new Date(r.accepted_at).toISOString() : null,
      dueOn: r.due_on,
      ageWorkingDays: r.accepted_at ? ageInWorkingDays(cal, new Date(r.accepted_at), w.today) : null,
      sla: r.sla,
      taskId: r.task_id === null ? null : String(r.task_id),
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? r.assignee_id } : null,
    })),
    nextCursor: rows.length > input.limit && last?.due_on ? { dueOn: last.due_on, id: last.id } : null,
  };
}
