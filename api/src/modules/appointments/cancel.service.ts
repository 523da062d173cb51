// Cancelling a booking (public): booking number + the last four characters of the ID number,
// like the progress query. An unknown pair is NOT_FOUND without saying which half was wrong.
// Only a booking whose slot has not started can be cancelled; its place is freed at once.
import { shanghaiDate, type AppointmentCancelInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { appendAudit } from '../audit/audit.repository';
import { releasePlace } from './appointment.repository';
import { slotHasStarted } from './slots';

export async function cancelAppointment(services: Services, input: AppointmentCancelInput): Promise<{ bookingNo: string; status: 'cancelled' }> {
  const now = services.clock();
  const today = shanghaiDate(now);
  return services.database.db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('appointments').selectAll().where('booking_no', '=', input.bookingNo).forUpdate().executeTakeFirst();
    if (!a || a.id_number.slice(-4).toUpperCase() !== input.idLast4) throw new AppError('NOT_FOUND', 'appointment.not_found');
    // A repeated cancel (double click, retried request) is answered, not refused.
    if (a.status === 'cancelled') return { bookingNo: a.booking_no, status: 'cancelled' as const };
    if (a.status !== 'booked' || slotHasStarted(a.date, a.slot_start, today, now)) {
      throw new AppError('CONFLICT', 'appointment.not_cancellable', { status: a.status });
    }
    await trx.updateTable('appointments').set({ status: 'cancelled', cancelled_at: now }).where('id', '=', a.id).execute();
    await releasePlace(trx, { windowId: a.window_id, date: a.date, slotStart: a.slot_start });
    await appendAudit(trx, { at: now, actorKind: 'applicant', actorId: a.id_number, action: 'appointment.cancel', subjectType: 'appointment', subjectId: a.id, data: { bookingNo: a.booking_no } });
    return { bookingNo: a.booking_no, status: 'cancelled' as const };
  });
}
