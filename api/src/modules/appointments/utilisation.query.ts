// Supervisor view (issue 8's dashboard): per office, window and slot over a range of working
// days — places offered, booked, who came and who did not, and the no-show rate; each slot also
// day by day (aligned with `days`), so the page can draw slots × days.
import type { AppointmentUtilisationInput } from '@onetrip/workflows';
import type { Services } from '../../trpc/context';
import { loadTemplates, loadWindows } from './appointment.repository';
import { slotDays } from './booking-rules';
import { minuteOfDay, slotsForWindow } from './slots';

export interface Utilisation {
  /** places offered: slot capacity × working days */
  capacity: number;
  /** every booking not cancelled */
  booked: number;
  /** came: checked in or served */
  checkedIn: number;
  noShows: number;
  /** no-shows among bookings whose outcome is known (came or not), in basis points; null before any */
  noShowRateBp: number | null;
}

export interface WindowUtilisation {
  windowId: string;
  windowNo: number;
  bankId: string;
  bankZh: string;
  bankEn: string;
  totals: Utilisation;
  slots: (Utilisation & { slotStart: string; byDay: Utilisation[] })[];
}

type Counted = Omit<Utilisation, 'noShowRateBp' | 'capacity'>;

const empty = (): Utilisation => ({ capacity: 0, booked: 0, checkedIn: 0, noShows: 0, noShowRateBp: null });

function add(into: Utilisation, u: Omit<Utilisation, 'noShowRateBp'>): void {
  into.capacity += u.capacity;
  into.booked += u.booked;
  into.checkedIn += u.checkedIn;
  into.noShows += u.noShows;
}

function withRate(u: Utilisation): Utilisation {
  const decided = u.checkedIn + u.noShows;
  return { ...u, noShowRateBp: decided === 0 ? null : Math.round((u.noShows * 10_000) / decided) };
}

export async function appointmentUtilisation(services: Services, input: AppointmentUtilisationInput) {
  const { db } = services.database;
  const { days, notPublishedFrom } = slotDays(services.reference.calendar, input.from, input.days);
  const [windows, templates, rows] = await Promise.all([
    loadWindows(db),
    loadTemplates(db),
    db
      .selectFrom('appointments')
      .select(['window_id', 'slot_start', 'date', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('date', 'in', days)
      .where('status', '!=', 'cancelled')
      .groupBy(['window_id', 'slot_start', 'date', 'status'])
      .execute(),
  ]);
  const none = (): Counted => ({ booked: 0, checkedIn: 0, noShows: 0 });
  // window|slot → the slot's counts over the range, and window|slot|date → one day's.
  const counted = new Map<string, Counted>();
  const countedOnDay = new Map<string, Counted>();
  const count = (map: Map<string, Counted>, key: string, status: string, n: number) => {
    const c = map.get(key) ?? none();
    c.booked += n;
    if (status === 'checked_in' || status === 'done') c.checkedIn += n;
    if (status === 'no_show') c.noShows += n;
    map.set(key, c);
  };
  for (const r of rows) {
    const n = Number(r.n);
    count(counted, `${r.window_id}|${r.slot_start}`, r.status, n);
    count(countedOnDay, `${r.window_id}|${r.slot_start}|${String(r.date)}`, r.status, n);
  }

  const total = empty();
  const offices = new Map<string, { officeId: string; nameZh: string; nameEn: string; totals: Utilisation; windows: WindowUtilisation[] }>();
  for (const w of windows) {
    const windowTotal = empty();
    const starts = new Map(slotsForWindow(templates, w.windowId).map((s) => [s.slotStart, s.capacity]));
    // Bookings in a slot the templates no longer have still count.
    for (const key of counted.keys()) {
      const [windowId, slotStart] = key.split('|') as [string, string];
      if (windowId === w.windowId && !starts.has(slotStart)) starts.set(slotStart, 0);
    }
    const slots = [...starts.entries()]
      .sort(([a], [b]) => minuteOfDay(a) - minuteOfDay(b))
      .map(([slotStart, capacity]) => {
        const u = { capacity: capacity * days.length, ...(counted.get(`${w.windowId}|${slotStart}`) ?? none()) };
        add(windowTotal, u);
        const byDay = days.map((d) => withRate({ capacity, ...(countedOnDay.get(`${w.windowId}|${slotStart}|${d}`) ?? none()), noShowRateBp: null }));
        return { slotStart, ...withRate({ ...u, noShowRateBp: null }), byDay };
      });
    const office = offices.get(w.officeId) ?? { officeId: w.officeId, nameZh: w.officeZh, nameEn: w.officeEn, totals: empty(), windows: [] };
    add(office.totals, windowTotal);
    add(total, windowTotal);
    office.windows.push({ windowId: w.windowId, windowNo: w.windowNo, bankId: w.bankId, bankZh: w.bankZh, bankEn: w.bankEn, totals: withRate(windowTotal), slots });
    offices.set(w.officeId, office);
  }
  return {
    days,
    notPublishedFrom,
    totals: withRate(total),
    offices: [...offices.values()].map((o) => ({ ...o, totals: withRate(o.totals) })),
  };
}
