// Public availability: per office, per entrusted bank window, per working day and slot — the
// capacity, how many are already booked, and what is still free (mission item 13: "each bank
// shows how many are already booked").
import { shanghaiDate, type AppointmentAvailabilityInput } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { loadTemplates, loadWindows, placeKey, takenPlaces, type WindowInfo } from './appointment.repository';
import { lastBookableDate, requireCounterBusiness, slotDays } from './booking-rules';
import { slotHasStarted, slotsForWindow } from './slots';

export async function appointmentAvailability(services: Services, input: AppointmentAvailabilityInput) {
  requireCounterBusiness(input.businessType);
  const { db } = services.database;
  const cal = services.reference.calendar;
  const now = services.clock();
  const today = shanghaiDate(now);
  const from = input.from < today ? today : input.from;
  const { days, notPublishedFrom } = slotDays(cal, from, input.days);
  const lastBookable = lastBookableDate(cal, today);

  const windows = await loadWindows(db, input.officeId ? { officeId: input.officeId } : {});
  if (input.officeId && windows.length === 0) throw new AppError('NOT_FOUND', 'appointment.office_unknown', { officeId: input.officeId });
  const [templates, taken] = await Promise.all([loadTemplates(db), takenPlaces(db, windows.map((w) => w.windowId), days)]);

  const windowView = (w: WindowInfo) => {
    const slots = slotsForWindow(templates, w.windowId);
    return {
      windowId: w.windowId,
      windowNo: w.windowNo,
      bank: { id: w.bankId, nameZh: w.bankZh, nameEn: w.bankEn, shortZh: w.bankShort },
      days: days.map((date) => {
        const open = lastBookable === null || date <= lastBookable;
        const daySlots = slots.map((s) => {
          const booked = taken.get(placeKey(w.windowId, date, s.slotStart)) ?? 0;
          const free = Math.max(0, s.capacity - booked);
          return { ...s, booked, free, bookable: open && free > 0 && !slotHasStarted(date, s.slotStart, today, now) };
        });
        const sum = (f: (x: (typeof daySlots)[number]) => number) => daySlots.reduce((n, x) => n + f(x), 0);
        return { date, capacity: sum((x) => x.capacity), booked: sum((x) => x.booked), free: sum((x) => x.free), slots: daySlots };
      }),
    };
  };

  const offices = new Map<string, { officeId: string; nameZh: string; nameEn: string; address: string; windows: ReturnType<typeof windowView>[] }>();
  for (const w of windows) {
    const office = offices.get(w.officeId) ?? { officeId: w.officeId, nameZh: w.officeZh, nameEn: w.officeEn, address: w.officeAddress, windows: [] };
    office.windows.push(windowView(w));
    offices.set(w.officeId, office);
  }
  return { businessType: input.businessType, today, days, notPublishedFrom, lastBookableDate: lastBookable, offices: [...offices.values()] };
}
