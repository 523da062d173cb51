// The window's side of a booking: check-in when the applicant arrives, done once the
// application is accepted. Both audited, both only on the booked day at the booked office.
import type { Selectable, Transaction } from 'kysely';
import { shanghaiDate } from '@onetrip/workflows';
import type { AppointmentsTable, DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import type { MaterialsToBring } from './materials-to-bring';

async function lockForWindow(trx: Transaction<DB>, actor: StaffActor, appointmentId: string, today: string): Promise<Selectable<AppointmentsTable>> {
  const a = await trx.selectFrom('appointments').selectAll().where('id', '=', appointmentId).forUpdate().executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', 'appointment.not_found');
  if (a.office_id !== actor.officeId) throw new AppError('FORBIDDEN', 'appointment.other_office', { officeId: a.office_id });
  if (a.date !== today) throw new AppError('CONFLICT', 'appointment.not_today', { date: a.date, today });
  return a;
}

/**
 * Checks in an applicant who arrived. A late arrival the no-show job already marked is still
 * checked in the same day: they came, and the no-show rate should say so.
 */
export async function checkIn(services: Services, actor: StaffActor, appointmentId: string) {
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const a = await lockForWindow(trx, actor, appointmentId, shanghaiDate(now));
    if (a.status !== 'checked_in') {
      if (a.status !== 'booked' && a.status !== 'no_show') throw new AppError('CONFLICT', 'appointment.not_checkable', { status: a.status });
      await trx.updateTable('appointments').set({ status: 'checked_in', checked_in_at: now, checked_in_by: actor.id, no_show_at: null }).where('id', '=', a.id).execute();
      await appendAudit(trx, {
        at: now,
        actorKind: 'staff',
        actorId: actor.id,
        action: 'appointment.check_in',
        subjectType: 'appointment',
        subjectId: a.id,
        data: { bookingNo: a.booking_no, windowId: a.window_id, late: a.status === 'no_show' },
      });
    }
    // What the counter needs next: the full ID number to look the person up (this read is the
    // audited check-in), the business, the answers given when booking and the promised list.
    return {
      id: a.id,
      bookingNo: a.booking_no,
      status: 'checked_in' as const,
      checkedInAt: (a.checked_in_at ?? now).toISOString(),
      idNumber: a.id_number,
      name: a.name,
      businessType: a.business_type,
      answers: a.answers,
      materials: a.materials as MaterialsToBring,
    };
  });
}

/** After acceptance at the window: the booking is served and points at its application. */
export async function markDone(services: Services, actor: StaffActor, input: { appointmentId: string; applicationId: string }) {
  const now = services.clock();
  return services.database.db.transaction().execute(async (trx) => {
    const a = await lockForWindow(trx, actor, input.appointmentId, shanghaiDate(now));
    if (a.status === 'done' && a.application_id === input.applicationId) return { id: a.id, status: 'done' as const, applicationId: input.applicationId };
    // Accepting is proof of arrival, so a booking the clerk never checked in can be done too.
    if (a.status !== 'booked' && a.status !== 'checked_in') throw new AppError('CONFLICT', 'appointment.not_checkable', { status: a.status });
    const application = await trx
      .selectFrom('applications')
      .select(['applicant_id', 'business_type'])
      .where('id', '=', input.applicationId)
      .executeTakeFirst();
    if (!application || application.applicant_id !== a.id_number || application.business_type !== a.business_type) {
      throw new AppError('BAD_REQUEST', 'appointment.application_mismatch', { applicationId: input.applicationId });
    }
    await trx
      .updateTable('appointments')
      .set({ status: 'done', done_at: now, done_by: actor.id, application_id: input.applicationId, checked_in_at: a.checked_in_at ?? now, checked_in_by: a.checked_in_by ?? actor.id })
      .where('id', '=', a.id)
      .execute();
    await appendAudit(trx, {
      at: now,
      actorKind: 'staff',
      actorId: actor.id,
      action: 'appointment.done',
      subjectType: 'appointment',
      subjectId: a.id,
      data: { bookingNo: a.booking_no, applicationId: input.applicationId },
    });
    return { id: a.id, status: 'done' as const, applicationId: input.applicationId };
  });
}
