// Demo appointments: today and the next ten working days at every entrusted bank window, fuller
// near today and thinning out further ahead, for people of the seeded population. Today's first
// two slots have already happened (some checked in and waiting, some no-shows); at clerk01's
// window HRB-DL-W1 the scenario people rentEligible (09:00, rent withdrawal) and loanApplicant
// (09:30, loan) are booked and not yet checked in, for the counter demo and the e2e spec.
// Deterministic for a date: no clock, its own random stream. Needs the population seeded first.
import type { Transaction } from 'kysely';
import { addDays, isWorkingDay, type BusinessTypeCode, type CalendarDate } from '@onetrip/workflows';
import type { AppointmentStatus, DB } from '../db/schema';
import { loadTemplates, loadWindows } from '../modules/appointments/appointment.repository';
import { newBookingNo } from '../modules/appointments/booking-number';
import { fromCatalogue } from '../modules/appointments/materials-to-bring';
import { shanghaiInstant, slotsForWindow, workingDaysFrom } from '../modules/appointments/slots';
import { builtInReferenceData } from '../reference/reference-data';
import { insertRows } from './bulk-insert';
import { Rng } from './prng';
import { DEMO_SCENARIOS } from './scenarios';

const DEMO_WINDOW = 'HRB-DL-W1';
/** Today's slots that are over in the demo story: checked in or no-show. */
const PAST_SLOTS = new Set(['09:00', '09:30']);

/** What people book (loans first: the Harbin model is about loan applicants), by weight. */
const BUSINESS_MIX: readonly [BusinessTypeCode, number][] = [
  ['loan.purchase', 45],
  ['loan.commercial_conversion', 10],
  ['withdrawal.rent', 14],
  ['withdrawal.purchase_full', 10],
  ['withdrawal.retirement', 8],
  ['withdrawal.serious_illness', 5],
  ['loan.prepay_partial_fund', 8],
];

/** Share of places booked: most of today, a little less each working day further ahead. */
function fillRate(dayIndex: number): number {
  return Math.max(0.15, 0.75 - dayIndex * 0.06);
}

export interface SeededAppointments {
  readonly days: readonly CalendarDate[];
  readonly booked: number;
}

export async function seedAppointments(trx: Transaction<DB>, options: { today: CalendarDate }): Promise<SeededAppointments> {
  const { today } = options;
  const cal = builtInReferenceData().calendar;
  const ahead = workingDaysFrom(cal, addDays(today, 1), 10).days;
  const days = isWorkingDay(cal, today) ? [today, ...ahead] : ahead;
  const rng = new Rng(20_261_120).fork(`appointments:${today}`);

  const [windows, templates, clerks] = await Promise.all([
    loadWindows(trx),
    loadTemplates(trx),
    trx.selectFrom('staff').select(['id', 'window_id']).where('role', '=', 'clerk').where('window_id', 'is not', null).execute(),
  ]);
  const clerkAt = new Map(clerks.map((c) => [c.window_id!, c.id]));
  const scenarioIds = Object.values(DEMO_SCENARIOS).map((s) => s.idNumber);
  const people = await trx
    .selectFrom('persons')
    .innerJoin('accounts', 'accounts.id_number', 'persons.id_number')
    .select(['persons.id_number', 'persons.name', 'persons.mobile'])
    .where('accounts.status', '=', '01')
    .where('persons.id_number', 'not in', scenarioIds)
    .orderBy('persons.id_number')
    .execute();
  const scenarioPeople = new Map(
    (await trx.selectFrom('persons').select(['id_number', 'name', 'mobile']).where('id_number', 'in', [DEMO_SCENARIOS.rentEligible.idNumber, DEMO_SCENARIOS.loanApplicant.idNumber]).execute()).map((p) => [p.id_number, p]),
  );
  // Each person books at most once (shuffled, never reused), so nobody holds two active bookings
  // for a business; a small population simply fills fewer places.
  for (let i = people.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  let nextPerson = 0;
  const totalWeight = BUSINESS_MIX.reduce((n, [, w]) => n + w, 0);
  const pickBusiness = (): BusinessTypeCode => {
    let r = rng.next() * totalWeight;
    for (const [code, w] of BUSINESS_MIX) if ((r -= w) < 0) return code;
    return BUSINESS_MIX[0]![0];
  };

  const rows: Record<string, unknown>[] = [];
  const add = (p: { id_number: string; name: string; mobile: string }, businessType: BusinessTypeCode, w: (typeof windows)[number], date: CalendarDate, slot: { slotStart: string; slotEnd: string }, status: AppointmentStatus) => {
    const createdAt = shanghaiInstant(addDays(date, -rng.int(1, 6)), `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    const checkedIn = status === 'checked_in' ? new Date(shanghaiInstant(date, slot.slotStart).getTime() + rng.int(-10, 10) * 60_000) : null;
    rows.push({
      id: `seed-${date}-${w.windowId}-${slot.slotStart.replace(':', '')}-${rows.length}`,
      booking_no: newBookingNo(date, (n) => rng.int(0, n - 1)),
      id_number: p.id_number,
      name: p.name,
      mobile: p.mobile,
      business_type: businessType,
      office_id: w.officeId,
      window_id: w.windowId,
      date,
      slot_start: slot.slotStart,
      slot_end: slot.slotEnd,
      ends_at: shanghaiInstant(date, slot.slotEnd).toISOString(),
      status,
      materials: fromCatalogue(businessType, {}, createdAt.toISOString(), 'not_asked'),
      answers: {},
      created_at: createdAt.toISOString(),
      checked_in_at: checkedIn?.toISOString() ?? null,
      checked_in_by: checkedIn ? (clerkAt.get(w.windowId) ?? null) : null,
      no_show_at: status === 'no_show' ? shanghaiInstant(date, slot.slotEnd).toISOString() : null,
    });
  };

  days.forEach((date, dayIndex) => {
    for (const w of windows) {
      for (const slot of slotsForWindow(templates, w.windowId)) {
        let places = slot.capacity;
        if (date === today && w.windowId === DEMO_WINDOW && (slot.slotStart === '09:00' || slot.slotStart === '09:30')) {
          const [scenario, businessType] = slot.slotStart === '09:00' ? [DEMO_SCENARIOS.rentEligible, 'withdrawal.rent' as const] : [DEMO_SCENARIOS.loanApplicant, 'loan.purchase' as const];
          const p = scenarioPeople.get(scenario.idNumber);
          if (p) {
            add(p, businessType, w, date, slot, 'booked');
            places--;
          }
        }
        for (let k = 0; k < places && nextPerson < people.length; k++) {
          if (!rng.chance(fillRate(dayIndex))) continue;
          const p = people[nextPerson++]!;
          const over = date === today && PAST_SLOTS.has(slot.slotStart);
          add(p, pickBusiness(), w, date, slot, over ? (rng.chance(0.75) ? 'checked_in' : 'no_show') : 'booked');
        }
      }
    }
  });

  await insertRows(trx, 'appointments', rows);
  // The place counters follow from the rows, exactly as if each had been booked one by one.
  await trx
    .insertInto('appointment_slot_counts')
    .columns(['window_id', 'date', 'slot_start', 'taken'])
    .expression((eb) =>
      eb
        .selectFrom('appointments')
        .select(['window_id', 'date', 'slot_start', (e) => e.cast<number>(e.fn.countAll(), 'integer').as('taken')])
        .where('status', '!=', 'cancelled')
        .groupBy(['window_id', 'date', 'slot_start']),
    )
    .onConflict((oc) => oc.columns(['window_id', 'date', 'slot_start']).doUpdateSet((eb) => ({ taken: eb.ref('excluded.taken') })))
    .execute();
  return { days, booked: rows.length };
}
