// The counter's "Today" (issue 6): the clerk's office and window, today's appointments by slot,
// and how many are waiting (checked in, not yet served). ID numbers and mobiles are masked here;
// the full ID number comes with check-in, which is audited.
import { maskIdNumber, shanghaiDate } from '@onetrip/workflows';
import type { Selectable } from 'kysely';
import type { AppointmentStatus, AppointmentsTable } from '../../db/schema';
import type { Services, StaffActor } from '../../trpc/context';
import { maskMobile } from '../applicants/mask-mobile';
import { loadTemplates, loadWindows } from './appointment.repository';
import type { MaterialsToBring } from './materials-to-bring';
import { minuteOfDay, slotsForWindow } from './slots';

export async function todaysAppointments(services: Services, actor: StaffActor) {
  const { db } = services.database;
  const today = shanghaiDate(services.clock());
  // A clerk at a bank window sees that window; an office clerk without one sees the office.
  const scope = actor.windowId ? { windowId: actor.windowId } : { officeId: actor.officeId };
  const [windows, templates, office] = await Promise.all([
    loadWindows(db, scope),
    loadTemplates(db),
    db.selectFrom('offices').select(['id', 'name_zh', 'name_en']).where('id', '=', actor.officeId).executeTakeFirstOrThrow(),
  ]);
  let q = db
    .selectFrom('appointments')
    .selectAll()
    .where('office_id', '=', actor.officeId)
    .where('date', '=', today)
    .where('status', '!=', 'cancelled')
    .orderBy('slot_start')
    .orderBy('created_at');
  if (actor.windowId) q = q.where('window_id', '=', actor.windowId);
  const rows = await q.execute();

  const slots = new Map<string, { slotStart: string; slotEnd: string; capacity: number; appointments: ReturnType<typeof view>[] }>();
  for (const w of windows) {
    for (const s of slotsForWindow(templates, w.windowId)) {
      const slot = slots.get(s.slotStart) ?? { slotStart: s.slotStart, slotEnd: s.slotEnd, capacity: 0, appointments: [] };
      slot.capacity += s.capacity;
      slots.set(s.slotStart, slot);
    }
  }
  const counts: Record<Exclude<AppointmentStatus, 'cancelled'>, number> = { booked: 0, checked_in: 0, no_show: 0, done: 0 };
  for (const r of rows) {
    // A booking made before its slot was removed from the templates still shows.
    const slot = slots.get(r.slot_start) ?? { slotStart: r.slot_start, slotEnd: r.slot_end, capacity: 0, appointments: [] };
    slot.appointments.push(view(r));
    slots.set(r.slot_start, slot);
    if (r.status !== 'cancelled') counts[r.status]++;
  }
  const window = windows.length === 1 && actor.windowId ? windows[0]! : null;
  return {
    date: today,
    office: { id: office.id, nameZh: office.name_zh, nameEn: office.name_en },
    window: window ? { id: window.windowId, windowNo: window.windowNo, bankId: window.bankId, bankZh: window.bankZh, bankEn: window.bankEn } : null,
    counts: { booked: counts.booked, checkedIn: counts.checked_in, noShow: counts.no_show, done: counts.done, waiting: counts.checked_in },
    slots: [...slots.values()].sort((a, b) => minuteOfDay(a.slotStart) - minuteOfDay(b.slotStart)),
  };
}

function view(r: Selectable<AppointmentsTable>) {
  return {
    id: r.id,
    bookingNo: r.booking_no,
    name: r.name,
    idNumberMasked: maskIdNumber(r.id_number),
    mobileMasked: maskMobile(r.mobile),
    businessType: r.business_type,
    windowId: r.window_id,
    slotStart: r.slot_start,
    slotEnd: r.slot_end,
    status: r.status,
    checkedInAt: r.checked_in_at ? r.checked_in_at.toISOString() : null,
    applicationId: r.application_id,
    materials: r.materials as MaterialsToBring,
  };
}
