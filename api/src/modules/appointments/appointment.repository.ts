// All SQL of the appointments module: slot templates, places taken, and appointment rows.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AppointmentStatus, DB } from '../../db/schema';
import type { SlotTemplate } from './slots';

type Db = Kysely<DB> | Transaction<DB>;

/** Appointments still expected at the window (they hold the one-active-booking guard). */
export const ACTIVE: readonly AppointmentStatus[] = ['booked', 'checked_in'];

export interface WindowInfo {
  readonly windowId: string;
  readonly windowNo: number;
  readonly officeId: string;
  readonly officeZh: string;
  readonly officeEn: string;
  readonly officeAddress: string;
  readonly bankId: string;
  readonly bankZh: string;
  readonly bankEn: string;
  readonly bankShort: string;
}

export async function loadTemplates(db: Db): Promise<SlotTemplate[]> {
  const rows = await db.selectFrom('appointment_slot_templates').select(['window_id', 'slot_start', 'minutes', 'capacity']).execute();
  return rows.map((r) => ({ windowId: r.window_id, slotStart: r.slot_start, minutes: r.minutes, capacity: r.capacity }));
}

export async function loadWindows(db: Db, where: { officeId?: string; windowId?: string } = {}): Promise<WindowInfo[]> {
  let q = db
    .selectFrom('bank_windows as w')
    .innerJoin('offices as o', 'o.id', 'w.office_id')
    .innerJoin('banks as b', 'b.id', 'w.bank_id')
    .select([
      'w.id as windowId', 'w.window_no as windowNo', 'o.id as officeId', 'o.name_zh as officeZh', 'o.name_en as officeEn', 'o.address as officeAddress',
      'b.id as bankId', 'b.name_zh as bankZh', 'b.name_en as bankEn', 'b.short_zh as bankShort',
    ])
    .orderBy('o.id')
    .orderBy('w.window_no');
  if (where.officeId) q = q.where('w.office_id', '=', where.officeId);
  if (where.windowId) q = q.where('w.id', '=', where.windowId);
  return q.execute();
}

export const placeKey = (windowId: string, date: string, slotStart: string) => `${windowId}|${date}|${slotStart}`;

/** Places taken per window, day and slot (keyed by `placeKey`). */
export async function takenPlaces(db: Db, windowIds: readonly string[], days: readonly string[]): Promise<Map<string, number>> {
  if (windowIds.length === 0 || days.length === 0) return new Map();
  const rows = await db
    .selectFrom('appointment_slot_counts')
    .select(['window_id', 'date', 'slot_start', 'taken'])
    .where('window_id', 'in', windowIds)
    .where('date', 'in', days)
    .execute();
  return new Map(rows.map((r) => [placeKey(r.window_id, r.date, r.slot_start), r.taken]));
}

/**
 * Takes one place if one is free: a single upsert whose update only happens below capacity.
 * Concurrent bookers serialise on the counter row; each re-checks `taken` after the one before
 * it commits, so exactly `capacity` of them get a row back.
 */
export async function takePlace(trx: Transaction<DB>, p: { windowId: string; date: string; slotStart: string; capacity: number }): Promise<boolean> {
  if (p.capacity <= 0) return false;
  const { rows } = await sql<{ taken: number }>`
    insert into appointment_slot_counts (window_id, date, slot_start, taken)
    values (${p.windowId}, ${p.date}, ${p.slotStart}, 1)
    on conflict (window_id, date, slot_start) do update set taken = appointment_slot_counts.taken + 1
      where appointment_slot_counts.taken < ${p.capacity}
    returning taken`.execute(trx);
  return rows.length === 1;
}

export async function releasePlace(trx: Transaction<DB>, p: { windowId: string; date: string; slotStart: string }): Promise<void> {
  await trx
    .updateTable('appointment_slot_counts')
    .set((eb) => ({ taken: eb('taken', '-', 1) }))
    .where('window_id', '=', p.windowId)
    .where('date', '=', p.date)
    .where('slot_start', '=', p.slotStart)
    .where('taken', '>', 0)
    .execute();
}

export async function hasActiveBooking(db: Db, idNumber: string, businessType: string): Promise<boolean> {
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('id_number', '=', idNumber)
    .where('business_type', '=', businessType)
    .where('status', 'in', ACTIVE)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewAppointment {
  readonly id: string;
  readonly booking_no: string;
  readonly id_number: string;
  readonly name: string;
  readonly mobile: string;
  readonly business_type: string;
  readonly office_id: string;
  readonly window_id: string;
  readonly date: string;
  readonly slot_start: string;
  readonly slot_end: string;
  readonly ends_at: Date;
  readonly created_at: Date;
  readonly materials: unknown;
  readonly answers: Record<string, boolean>;
}

/** Inserts a booked appointment; false when the person already holds an active one for the business. */
export async function insertBooked(trx: Transaction<DB>, a: NewAppointment): Promise<boolean> {
  const row = await trx
    .insertInto('appointments')
    .values({ ...a, status: 'booked', materials: JSON.stringify(a.materials), answers: JSON.stringify(a.answers) })
    // The partial unique index (one active booking per person and business) is the real guard;
    // naming its predicate (literally, so the planner can match it) lets a racing second booking come back empty instead of failing.
    .onConflict((oc) => oc.columns(['id_number', 'business_type']).where(sql<boolean>`status in ('booked', 'checked_in')`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
