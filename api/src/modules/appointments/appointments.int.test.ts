// Appointments on both databases: availability counts, the last place raced for, coded refusals
// that write nothing, double clicks, cancelling, check-in rules, the no-show job and utilisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf } from '../../testing/app-code';
import { randomUUID } from 'node:crypto';
import { idNumberCheckChar, type AppointmentBookInput } from '@onetrip/workflows';
import { createJobRunner } from '../../jobs/job-runner';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { claimedJob } from '../../testing/claimed-job';
import { browser, testServices } from '../../testing/test-services';
import type { StaffActor } from '../../trpc/context';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { verifyAuditChain } from '../audit/audit.repository';
import { appointmentAvailability } from './availability.query';
import { bookAppointment } from './booking.service';
import { cancelAppointment } from './cancel.service';
import { checkIn, markDone } from './counter-visit.service';
import { ensureNoShowReleaseScheduled, registerAppointmentJobs, releaseNoShows, releaseNoShowsHandler } from './no-show.job';
import { todaysAppointments } from './today.query';
import { appointmentUtilisation } from './utilisation.query';
import { staffActorOf } from '../auth/session.repository';

/** A valid ID number nobody else in these tests uses. */
const person = (n: number) => {
  const first17 = `23010319850101${String(n).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};
const key = () => `k-${randomUUID()}`;

const FRI = '2026-11-20';
const MON = '2026-11-23';
const FRI_0700 = '2026-11-19T23:00:00Z'; // Friday 07:00 in Shanghai

describe.each(await testTargets())('appointments on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  const staff = new Map<string, StaffActor>();
  const as = (username: string) => staff.get(username)!;
  const booking = (n: number, over: Partial<AppointmentBookInput> = {}): AppointmentBookInput => ({
    idNumber: person(n),
    name: `测试${n}`,
    mobile: '13800138000',
    businessType: 'loan.purchase',
    windowId: 'HRB-DL-W2',
    date: MON,
    slotStart: '09:00',
    answers: {},
    idempotencyKey: key(),
    ...over,
  });
  const book = (n: number, over: Partial<AppointmentBookInput> = {}) => bookAppointment(services, booking(n, over));
  const statusOf = async (id: string) => (await t.database.db.selectFrom('appointments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const footprint = async () => {
    const { db } = t.database;
    const count = async (table: 'appointments' | 'idempotency_keys' | 'audit_events') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const taken = await db.selectFrom('appointment_slot_counts').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('taken'), eb.lit(0)).as('n')).executeTakeFirstOrThrow();
    return { appointments: await count('appointments'), keys: await count('idempotency_keys'), audit: await count('audit_events'), taken: Number(taken.n) };
  };

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedApplicantFixtures(trx));
    services = testServices(t.database, { SHARING_SIM_LATENCY_MS: 0 });
    const rows = await t.database.db.selectFrom('staff').selectAll().execute();
    for (const r of rows) {
      staff.set(r.username, staffActorOf(r, 'test'));
    }
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('shows per window and slot the capacity, the booked count and what is free', async () => {
    services.clock.set(FRI_0700);
    await book(1, { windowId: 'HRB-DL-W1', date: MON, slotStart: '10:00' });
    const a = await appointmentAvailability(services, { officeId: 'HRB-DL', businessType: 'loan.purchase', from: '2026-11-19', days: 3 });
    // From a past date it starts today; the weekend has no slots.
    expect(a.days).toEqual([FRI, MON, '2026-11-24']);
    expect(a.offices.map((o) => o.officeId)).toEqual(['HRB-DL']);
    const w1 = a.offices[0]!.windows.find((w) => w.windowId === 'HRB-DL-W1')!;
    expect(w1.bank).toEqual({ id: 'ICBC', nameZh: '中国工商银行', nameEn: 'Industrial and Commercial Bank of China', shortZh: '工行' });
    const monday = w1.days.find((d) => d.date === MON)!;
    expect(monday.slots).toHaveLength(11);
    expect(monday.slots.find((s) => s.slotStart === '10:00')).toEqual({ slotStart: '10:00', slotEnd: '10:30', capacity: 2, booked: 1, free: 1, bookable: true });
    expect(monday).toMatchObject({ capacity: 22, booked: 1, free: 21 });

    // Later on Friday the morning slots have started and are no longer bookable.
    services.clock.set('2026-11-20T03:10:00Z'); // 11:10
    const later = await appointmentAvailability(services, { officeId: 'HRB-DL', businessType: 'loan.purchase', from: FRI, days: 1 });
    const friday = later.offices[0]!.windows[0]!.days[0]!.slots;
    expect(friday.filter((s) => s.bookable).map((s) => s.slotStart)).toEqual(['13:30', '14:00', '14:30', '15:00', '15:30', '16:00']);

    expect(await appCodeOf(appointmentAvailability(services, { officeId: 'NOPE', businessType: 'loan.purchase', from: FRI, days: 1 }))).toBe('appointment.office_unknown');
    expect(await appCodeOf(appointmentAvailability(services, { businessType: 'withdrawal.retirement', from: '2027-01-04', days: 1 }))).toBe('calendar.not_published');
    const edge = await appointmentAvailability(services, { officeId: 'HRB-PF', businessType: 'loan.purchase', from: '2026-12-30', days: 5 });
    expect(edge.days).toEqual(['2026-12-30', '2026-12-31']);
    expect(edge.notPublishedFrom).toBe('2027-01-01');
  });

  it.skipIf(!!skip)('refuses a fully online business: it needs no visit', async () => {
    services.clock.set(FRI_0700);
    const onlineOnly = 'withdrawal.post_loan_agreement';
    expect(await appCodeOf(appointmentAvailability(services, { businessType: onlineOnly, from: FRI, days: 1 }))).toBe('appointment.online_only');
    expect(await appCodeOf(book(2, { businessType: onlineOnly }))).toBe('appointment.online_only');
  });

  it.skipIf(!!skip)('a booking says exactly what to bring: catalogue materials minus what shared data proved', async () => {
    services.clock.set(FRI_0700);
    const c = await book(0, { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, businessType: 'withdrawal.rent', answers: { rent_above_cap: true, public_rental: false, agent_applies: false } });
    expect(c.bookingNo).toMatch(/^YY20261123[2-9A-HJ-NP-Z]{6}$/);
    expect(c.window).toMatchObject({ id: 'HRB-DL-W2', bankId: 'CCB' });
    expect(c.materials.sharedData).toBe('verified');
    expect(c.materials.waived.map((w) => w.source)).toContain('identity');
    // Rent above the cap needs the contract on paper; no agency holds it.
    expect(c.materials.bring.map((b) => b.materialId)).toContain('rental_contract');
    const waivedIds = new Set(c.materials.waived.map((w) => w.materialId));
    expect(c.materials.bring.some((b) => waivedIds.has(b.materialId))).toBe(false);
    const stored = await t.database.db.selectFrom('appointments').select(['materials', 'status', 'ends_at']).where('id', '=', c.appointmentId).executeTakeFirstOrThrow();
    expect(stored.materials).toEqual(c.materials);
    expect(stored.status).toBe('booked');
    expect(new Date(stored.ends_at).toISOString()).toBe('2026-11-23T01:30:00.000Z');

    // Agencies down: the same booking lists the papers and says which source did not answer.
    const down = { ...services, config: { ...services.config, SHARING_SIM_FAILURE_RATE: 1 } };
    const d = await bookAppointment(down, booking(3, { idNumber: PEOPLE.single.idNumber, name: PEOPLE.single.name, businessType: 'withdrawal.rent', slotStart: '09:30' }));
    expect(d.materials.sharedData).toBe('partial');
    expect(d.materials.waived).toEqual([]);
    expect(d.materials.bring.some((b) => b.because?.source === 'identity' && b.because.reason === 'error')).toBe(true);
  });

  it.skipIf(!!skip)('the last places, raced for by five people at once: exactly capacity win, the rest hear slot_full', async () => {
    services.clock.set(FRI_0700);
    const results = await Promise.all([10, 11, 12, 13, 14].map((n) => appCodeOf(book(n, { windowId: 'HRB-NG-W1', slotStart: '14:00' }))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(2);
    expect(results.filter((r) => r === 'appointment.slot_full')).toHaveLength(3);
    const rows = await t.database.db.selectFrom('appointments').select('id').where('window_id', '=', 'HRB-NG-W1').where('date', '=', MON).where('slot_start', '=', '14:00').execute();
    expect(rows).toHaveLength(2);
    const counter = await t.database.db.selectFrom('appointment_slot_counts').select('taken').where('window_id', '=', 'HRB-NG-W1').where('date', '=', MON).where('slot_start', '=', '14:00').executeTakeFirstOrThrow();
    expect(counter.taken).toBe(2);
  });

  it.skipIf(!!skip)('refuses bad ID numbers, past, started, non-working, unpublished, unknown and far dates with codes, writing nothing', async () => {
    services.clock.set('2026-11-20T02:00:00Z'); // Friday 10:00
    const before = await footprint();
    const bad = person(20).slice(0, 17) + (person(20).endsWith('0') ? '1' : '0');
    expect(await appCodeOf(book(20, { idNumber: bad }))).toBe('id_number.check_digit');
    expect(await appCodeOf(book(20, { idNumber: '1234' }))).toBe('id_number.format');
    expect(await appCodeOf(book(20, { mobile: '12345' }))).toBe('mobile.format');
    expect(await appCodeOf(book(20, { date: '2026-11-19' }))).toBe('appointment.date_past');
    expect(await appCodeOf(book(20, { date: FRI, slotStart: '09:30' }))).toBe('appointment.slot_started');
    expect(await appCodeOf(book(20, { date: '2026-11-21' }))).toBe('appointment.not_working_day');
    expect(await appCodeOf(book(20, { date: '2026-10-05' }))).toBe('appointment.date_past');
    expect(await appCodeOf(book(20, { date: '2027-01-04' }))).toBe('calendar.not_published');
    expect(await appCodeOf(book(20, { date: '2026-12-18' }))).toBe('appointment.too_far_ahead');
    expect(await appCodeOf(book(20, { slotStart: '12:00' }))).toBe('appointment.slot_unknown');
    expect(await appCodeOf(book(20, { windowId: 'HRB-XX-W9' }))).toBe('appointment.window_unknown');
    expect(await footprint()).toEqual(before);
  });

  it.skipIf(!!skip)('one active booking per person and business; a double click books once', async () => {
    services.clock.set(FRI_0700);
    const first = await book(30, { windowId: 'HRB-XF-W1', slotStart: '15:00' });
    expect(await appCodeOf(book(30, { windowId: 'HRB-XF-W2', slotStart: '15:00' }))).toBe('appointment.already_booked');
    // Another business for the same person is fine.
    expect(await appCodeOf(book(30, { windowId: 'HRB-XF-W2', businessType: 'withdrawal.rent' }))).toBe('ok');
    // The same key from someone else is refused, not answered with the first person's booking.
    expect(await appCodeOf(bookAppointment(services, booking(31, { idempotencyKey: 'k-shared-key-000001' })))).toBe('ok');
    expect(await appCodeOf(bookAppointment(services, booking(32, { idempotencyKey: 'k-shared-key-000001' })))).toBe('idempotency.key_reused');

    const click = booking(33, { windowId: 'HRB-XF-W3', slotStart: '15:30' });
    const [a, b] = await Promise.all([bookAppointment(services, click), bookAppointment(services, click)]);
    expect(a.bookingNo).toBe(b.bookingNo);
    const again = await bookAppointment(services, click);
    expect(again.bookingNo).toBe(a.bookingNo);
    const rows = await t.database.db.selectFrom('appointments').select('id').where('id_number', '=', person(33)).execute();
    expect(rows).toHaveLength(1);
    expect(first.bookingNo).not.toBe(a.bookingNo);
  });

  it.skipIf(!!skip)('cancel needs the booking number and the last four ID characters, and frees the place', async () => {
    services.clock.set(FRI_0700);
    const c = await book(40, { windowId: 'HRB-SB-W1', slotStart: '16:00' });
    const taken = () => t.database.db.selectFrom('appointment_slot_counts').select('taken').where('window_id', '=', 'HRB-SB-W1').where('date', '=', MON).where('slot_start', '=', '16:00').executeTakeFirstOrThrow();
    expect((await taken()).taken).toBe(1);
    expect(await appCodeOf(cancelAppointment(services, { bookingNo: c.bookingNo, idLast4: '0000' }))).toBe('appointment.not_found');
    expect(await appCodeOf(cancelAppointment(services, { bookingNo: 'YY20261123ZZZZZZ', idLast4: person(40).slice(-4) }))).toBe('appointment.not_found');
    expect(await cancelAppointment(services, { bookingNo: c.bookingNo, idLast4: person(40).slice(-4) })).toEqual({ bookingNo: c.bookingNo, status: 'cancelled' });
    expect(await cancelAppointment(services, { bookingNo: c.bookingNo, idLast4: person(40).slice(-4) })).toEqual({ bookingNo: c.bookingNo, status: 'cancelled' });
    expect((await taken()).taken).toBe(0);
    // Cancelled, the person may book the same business again.
    expect(await appCodeOf(book(40, { windowId: 'HRB-SB-W1', slotStart: '16:00' }))).toBe('ok');
  });

  it.skipIf(!!skip)('check-in only on the day, only at the booked office; today shows what is waiting; done links the application', async () => {
    services.clock.set(FRI_0700);
    const today1 = await book(50, { windowId: 'HRB-DL-W1', date: FRI, slotStart: '13:30' });
    const today2 = await book(51, { windowId: 'HRB-DL-W1', date: FRI, slotStart: '14:00' });
    const monday = await book(52, { windowId: 'HRB-DL-W1', date: MON, slotStart: '14:00' });

    services.clock.set('2026-11-20T05:20:00Z'); // 13:20
    expect(await appCodeOf(checkIn(services, as('clerk03'), today1.appointmentId))).toBe('appointment.other_office');
    expect(await appCodeOf(checkIn(services, as('clerk01'), monday.appointmentId))).toBe('appointment.not_today');
    expect(await appCodeOf(checkIn(services, as('clerk01'), randomUUID()))).toBe('appointment.not_found');
    const ci = await checkIn(services, as('clerk01'), today1.appointmentId);
    expect(ci).toMatchObject({ status: 'checked_in', idNumber: person(50), businessType: 'loan.purchase' });
    // A second click answers the same without a second audit row.
    const audits = async () => (await t.database.db.selectFrom('audit_events').select('seq').where('subject_id', '=', today1.appointmentId).execute()).length;
    const n = await audits();
    expect((await checkIn(services, as('clerk01'), today1.appointmentId)).checkedInAt).toBe(ci.checkedInAt);
    expect(await audits()).toBe(n);

    const day = await todaysAppointments(services, as('clerk01'));
    expect(day.date).toBe(FRI);
    expect(day.window).toMatchObject({ id: 'HRB-DL-W1', bankId: 'ICBC' });
    expect(day.counts).toMatchObject({ booked: 1, checkedIn: 1, waiting: 1, done: 0 });
    const slot1330 = day.slots.find((s) => s.slotStart === '13:30')!;
    expect(slot1330.capacity).toBe(2);
    expect(slot1330.appointments[0]).toMatchObject({ bookingNo: today1.bookingNo, status: 'checked_in', idNumberMasked: `${person(50).slice(0, 4)}**********${person(50).slice(-4)}`, mobileMasked: '138****8000' });
    expect(day.slots.map((s) => s.slotStart)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00']);

    // Done needs an application of this person and business.
    const now = services.clock();
    // A bare accepted application (the counter's acceptance is tested in the intake module).
    const application = {
      id: randomUUID(), receipt_no: null, business_type: 'loan.purchase', applicant_kind: 'person' as const, applicant_id: person(50), applicant_name: '测试50',
      account_no: null, channel: 'counter' as const, office_id: 'HRB-DL', window_id: 'HRB-DL-W1', status: 'in_review', step: 'review_1', route: '[]',
      form: '{}', checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 3,
      accepted_at: now, accepted_by: null, due_on: null, decided_at: null, closed_at: null, created_at: now, updated_at: now,
    };
    await t.database.db.insertInto('applications').values([application, { ...application, id: randomUUID(), applicant_id: person(51), business_type: 'withdrawal.rent' }]).execute();
    const other = await t.database.db.selectFrom('applications').select('id').where('applicant_id', '=', person(51)).executeTakeFirstOrThrow();
    expect(await appCodeOf(markDone(services, as('clerk01'), { appointmentId: today1.appointmentId, applicationId: other.id }))).toBe('appointment.application_mismatch');
    expect(await markDone(services, as('clerk01'), { appointmentId: today1.appointmentId, applicationId: application.id })).toEqual({ id: today1.appointmentId, status: 'done', applicationId: application.id });
    expect(await markDone(services, as('clerk01'), { appointmentId: today1.appointmentId, applicationId: application.id })).toMatchObject({ status: 'done' });
    expect(await statusOf(today2.appointmentId)).toBe('booked');
    expect((await todaysAppointments(services, as('clerk01'))).counts).toMatchObject({ booked: 1, checkedIn: 0, waiting: 0, done: 1 });
  });

  it.skipIf(!!skip)('the no-show job marks only bookings whose slot ended; a late arrival is still checked in', async () => {
    services.clock.set(FRI_0700);
    const x = await book(60, { windowId: 'HRB-DW-W1', date: FRI, slotStart: '09:00' });
    const y = await book(61, { windowId: 'HRB-DW-W1', date: FRI, slotStart: '09:30' });
    const z = await book(62, { windowId: 'HRB-DW-W1', date: FRI, slotStart: '10:00' });
    services.clock.set('2026-11-20T01:20:00Z'); // 09:20
    await checkIn(services, as('clerk05'), y.appointmentId);

    services.clock.set('2026-11-20T01:29:59Z'); // a second before 09:00's slot ends
    await releaseNoShows(services);
    expect(await statusOf(x.appointmentId)).toBe('booked');

    services.clock.set('2026-11-20T01:45:00Z'); // 09:45
    const handler = releaseNoShowsHandler(services);
    const outcome = await handler(claimedJob({ id: 0, kind: 'appointments.release_no_shows', payload: {}, attempts: 1 }));
    expect(outcome).toEqual({ status: 'later', delayMs: 5 * 60_000 });
    expect(await statusOf(x.appointmentId)).toBe('no_show');
    expect(await statusOf(y.appointmentId)).toBe('checked_in');
    expect(await statusOf(z.appointmentId)).toBe('booked');
    // Nothing is freed retroactively: the place stays taken.
    const counter = await t.database.db.selectFrom('appointment_slot_counts').select('taken').where('window_id', '=', 'HRB-DW-W1').where('date', '=', FRI).where('slot_start', '=', '09:00').executeTakeFirstOrThrow();
    expect(counter.taken).toBe(1);

    // Through the runner: scheduled once however often start-up asks, and it reschedules itself.
    await ensureNoShowReleaseScheduled(services);
    await ensureNoShowReleaseScheduled(services);
    services.clock.set('2026-11-20T02:31:00Z'); // 10:31
    const runner = createJobRunner({ db: t.database.db, clock: services.clock, pollMs: 50, concurrency: 1, leaseMs: 60_000, maxAttempts: 3, backoffMaxMs: 1000 });
    registerAppointmentJobs(runner, services);
    expect(await runner.runOnce()).toBe(1);
    expect(await statusOf(z.appointmentId)).toBe('no_show');
    const jobs = await t.database.db.selectFrom('jobs').select(['status', 'run_at']).where('kind', '=', 'appointments.release_no_shows').execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.status).toBe('pending');
    expect(new Date(jobs[0]!.run_at).toISOString()).toBe('2026-11-20T02:35:00.000Z');

    // The late arrival came after all: checked in the same day, no longer a no-show.
    expect(await checkIn(services, as('clerk05'), x.appointmentId)).toMatchObject({ status: 'checked_in' });
    expect(await statusOf(x.appointmentId)).toBe('checked_in');
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it.skipIf(!!skip)('utilisation per office, window and slot matches what happened', async () => {
    services.clock.set(FRI_0700);
    const a = await book(70, { windowId: 'HRB-PF-W2', slotStart: '09:00' });
    await book(71, { windowId: 'HRB-PF-W2', slotStart: '09:00' });
    await book(72, { windowId: 'HRB-PF-W2', slotStart: '10:00' });
    await book(73, { windowId: 'HRB-PF-W2', slotStart: '13:30' });
    const gone = await book(74, { windowId: 'HRB-PF-W2', slotStart: '13:30' });
    await cancelAppointment(services, { bookingNo: gone.bookingNo, idLast4: person(74).slice(-4) });

    services.clock.set('2026-11-23T00:50:00Z'); // Monday 08:50
    await checkIn(services, as('clerk12'), a.appointmentId);
    services.clock.set('2026-11-23T02:40:00Z'); // Monday 10:40
    await releaseNoShows(services);

    const u = await appointmentUtilisation(services, { from: MON, days: 1 });
    expect(u.days).toEqual([MON]);
    const pf = u.offices.find((o) => o.officeId === 'HRB-PF')!;
    const w2 = pf.windows.find((w) => w.windowId === 'HRB-PF-W2')!;
    expect(w2.totals).toEqual({ capacity: 22, booked: 4, checkedIn: 1, noShows: 2, noShowRateBp: 6667 });
    const nine = { capacity: 2, booked: 2, checkedIn: 1, noShows: 1, noShowRateBp: 5000 };
    expect(w2.slots.find((s) => s.slotStart === '09:00')).toEqual({ slotStart: '09:00', ...nine, byDay: [nine] });
    const half = { capacity: 2, booked: 1, checkedIn: 0, noShows: 0, noShowRateBp: null };
    expect(w2.slots.find((s) => s.slotStart === '13:30')).toEqual({ slotStart: '13:30', ...half, byDay: [half] });
    // Three PF windows × 11 slots × 2 places on one day; only W2 had bookings.
    expect(pf.totals).toEqual({ capacity: 66, booked: 4, checkedIn: 1, noShows: 2, noShowRateBp: 6667 });
    expect(u.totals.capacity).toBe(21 * 22);
    // Over two days the slot's totals are the sum of its days, each day in the order of `days`.
    const two = await appointmentUtilisation(services, { from: FRI, days: 2 });
    expect(two.days).toEqual([FRI, MON]);
    const nineTwo = two.offices.find((o) => o.officeId === 'HRB-PF')!.windows.find((w) => w.windowId === 'HRB-PF-W2')!.slots.find((s) => s.slotStart === '09:00')!;
    expect(nineTwo.byDay).toEqual([{ capacity: 2, booked: 0, checkedIn: 0, noShows: 0, noShowRateBp: null }, nine]);
    expect(nineTwo).toMatchObject({ capacity: 4, booked: 2, noShows: 1 });
  });

  it.skipIf(!!skip)('the router: public availability and booking, staff-only today', async () => {
    services.clock.set(FRI_0700);
    const caller = await browser(services).caller();
    const a = await caller.appointments.availability({ officeId: 'HRB-SB', businessType: 'withdrawal.rent', from: FRI, days: 1 });
    expect(a.offices[0]!.windows).toHaveLength(4);
    const c = await caller.appointments.book(booking(80, { windowId: 'HRB-SB-W4', date: FRI, slotStart: '16:00' }));
    expect(c.window.bankId).toBe('LJB');
    expect(await appCodeOf(caller.appointments.today())).toBe('auth.required');
    // Guessing booking numbers through cancel is cut off per caller.
    const guesser = await browser(services, '198.51.100.9').caller();
    const tries = await Promise.all(Array.from({ length: 11 }, (_, i) => appCodeOf(guesser.appointments.cancel({ bookingNo: `YY20261120AAAA${String(i).padStart(2, '2')}`, idLast4: '1234' }))));
    expect(tries.filter((c) => c === 'appointment.not_found')).toHaveLength(10);
    expect(tries.filter((c) => c === 'rate_limit.exceeded')).toHaveLength(1);
  });
});
