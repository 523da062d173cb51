// Booking a slot at an entrusted bank window (mission item 13). Every refusal that needs no
// agency comes first and writes nothing; then the shared-data checklist (outside any
// transaction: PGlite is one session and agencies may be slow); then one short transaction
// takes the place, writes the booking and its audit row — all or nothing.
import { randomUUID } from 'node:crypto';
import { parseMobile, shanghaiDate, type AppointmentBookInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { requireIdNumberOn } from '../applicants/id-number';
import { appendAudit } from '../audit/audit.repository';
import { buildChecklist } from '../data-sharing/checklist.service';
import { idempotent } from '../idempotency/idempotent';
import { hasActiveBooking, insertBooked, loadTemplates, loadWindows, placeKey, takenPlaces, takePlace, type WindowInfo } from './appointment.repository';
import { newBookingNo } from './booking-number';
import { requireBookableDate, requireCounterBusiness } from './booking-rules';
import { fromCatalogue, fromSharedChecklist, type MaterialsToBring } from './materials-to-bring';
import { shanghaiInstant, slotHasStarted, slotsForWindow } from './slots';

const OPERATION = 'appointments.book';

export interface BookingConfirmation {
  readonly appointmentId: string;
  readonly bookingNo: string;
  readonly businessType: string;
  readonly date: string;
  readonly slotStart: string;
  readonly slotEnd: string;
  readonly office: { readonly id: string; readonly nameZh: string; readonly nameEn: string; readonly address: string };
  readonly window: { readonly id: string; readonly windowNo: number; readonly bankId: string; readonly bankZh: string; readonly bankEn: string };
  readonly materials: MaterialsToBring;
}

/** The stored answer of an earlier request with this key, if there is one. */
async function priorAnswer(services: Services, key: string, actorId: string): Promise<BookingConfirmation | null> {
  const row = await services.database.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.actor_id !== actorId || row.operation !== OPERATION) throw new AppError('CONFLICT', 'idempotency.key_reused');
  return row.response as BookingConfirmation | null;
}

/** Shared data may fail or be slow; the booking then lists the catalogue's materials and says so. */
async function materialsToBring(services: Services, input: AppointmentBookInput, idNumber: string): Promise<MaterialsToBring> {
  try {
    const checklist = await buildChecklist(services, { businessType: input.businessType, applicantIdNumber: idNumber, answers: input.answers });
    return fromSharedChecklist(checklist.items, checklist.checkedAt);
  } catch (err) {
    services.log.warn({ err }, 'shared-data checklist failed; the booking lists every catalogue material');
    return fromCatalogue(input.businessType, input.answers, services.clock().toISOString(), 'unavailable');
  }
}

function confirmation(w: WindowInfo, a: { id: string; bookingNo: string; input: AppointmentBookInput; slotEnd: string; materials: MaterialsToBring }): BookingConfirmation {
  return {
    appointmentId: a.id,
    bookingNo: a.bookingNo,
    businessType: a.input.businessType,
    date: a.input.date,
    slotStart: a.input.slotStart,
    slotEnd: a.slotEnd,
    office: { id: w.officeId, nameZh: w.officeZh, nameEn: w.officeEn, address: w.officeAddress },
    window: { id: w.windowId, windowNo: w.windowNo, bankId: w.bankId, bankZh: w.bankZh, bankEn: w.bankEn },
    materials: a.materials,
  };
}

export async function bookAppointment(services: Services, input: AppointmentBookInput): Promise<BookingConfirmation> {
  const { db } = services.database;
  const now = services.clock();
  const today = shanghaiDate(now);
  const idNumber = requireIdNumberOn(input.idNumber, today);
  const mobile = parseMobile(input.mobile);
  if (!mobile.ok) throw new AppError('BAD_REQUEST', mobile.error);
  // The key belongs to the person: a key reused by someone else is refused, not answered.
  const actorId = `applicant:${idNumber}`;
  const prior = await priorAnswer(services, input.idempotencyKey, actorId);
  if (prior) return prior;

  requireCounterBusiness(input.businessType);
  const [window] = await loadWindows(db, { windowId: input.windowId });
  if (!window) throw new AppError('NOT_FOUND', 'appointment.window_unknown', { windowId: input.windowId });
  requireBookableDate(services.reference.calendar, input.date, today);
  const slot = slotsForWindow(await loadTemplates(db), window.windowId).find((s) => s.slotStart === input.slotStart);
  if (!slot) throw new AppError('BAD_REQUEST', 'appointment.slot_unknown', { slotStart: input.slotStart });
  if (slotHasStarted(input.date, slot.slotStart, today, now)) throw new AppError('BAD_REQUEST', 'appointment.slot_started', { slotStart: slot.slotStart });
  if (await hasActiveBooking(db, idNumber, input.businessType)) {
    // A double click whose first request committed meanwhile gets that first answer back.
    const committed = await priorAnswer(services, input.idempotencyKey, actorId);
    if (committed) return committed;
    throw new AppError('CONFLICT', 'appointment.already_booked', { businessType: input.businessType });
  }
  // A full slot is refused before agencies are asked; the transaction re-checks under the lock.
  const taken = await takenPlaces(db, [window.windowId], [input.date]);
  if ((taken.get(placeKey(window.windowId, input.date, slot.slotStart)) ?? 0) >= slot.capacity) throw slotFull(slot.slotStart);

  const materials = await materialsToBring(services, input, idNumber);
  return db.transaction().execute((trx) =>
    idempotent(trx, { key: input.idempotencyKey, actorId, operation: OPERATION, now }, async () => {
      if (!(await takePlace(trx, { windowId: window.windowId, date: input.date, slotStart: slot.slotStart, capacity: slot.capacity }))) throw slotFull(slot.slotStart);
      const id = randomUUID();
      const bookingNo = newBookingNo(input.date);
      const inserted = await insertBooked(trx, {
        id,
        booking_no: bookingNo,
        id_number: idNumber,
        name: input.name,
        mobile: mobile.value,
        business_type: input.businessType,
        office_id: window.officeId,
        window_id: window.windowId,
        date: input.date,
        slot_start: slot.slotStart,
        slot_end: slot.slotEnd,
        ends_at: shanghaiInstant(input.date, slot.slotEnd),
        created_at: now,
        materials,
        answers: input.answers,
      });
      // Throwing rolls the place back with it.
      if (!inserted) throw new AppError('CONFLICT', 'appointment.already_booked', { businessType: input.businessType });
      await appendAudit(trx, {
        at: now,
        actorKind: 'applicant',
        actorId: idNumber,
        action: 'appointment.book',
        subjectType: 'appointment',
        subjectId: id,
        data: { bookingNo, businessType: input.businessType, windowId: window.windowId, date: input.date, slotStart: slot.slotStart },
      });
      return confirmation(window, { id, bookingNo, input, slotEnd: slot.slotEnd, materials });
    }),
  );
}

function slotFull(slotStart: string): AppError {
  return new AppError('CONFLICT', 'appointment.slot_full', { slotStart });
}
