// The heatmap's numbers: for one office (all its windows, or one), slots × days with the totals of
// each row and column. Pure, so the sums are tested apart from the page.
import type { UtilisationData } from './utilisation.queries';

export interface Cell {
  capacity: number;
  booked: number;
  checkedIn: number;
  noShows: number;
}

export interface SlotGrid {
  slots: string[];
  /** cells[slot][day], days in the order of `data.days` */
  cells: Cell[][];
  slotTotals: Cell[];
  dayTotals: Cell[];
  total: Cell;
}

const zero = (): Cell => ({ capacity: 0, booked: 0, checkedIn: 0, noShows: 0 });

function addInto(into: Cell, c: Cell): void {
  into.capacity += c.capacity;
  into.booked += c.booked;
  into.checkedIn += c.checkedIn;
  into.noShows += c.noShows;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** `windowId` null: every window of the office added together. */
export function slotGrid(data: UtilisationData, officeId: string, windowId: string | null): SlotGrid {
  const office = data.offices.find((o) => o.officeId === officeId);
  const windows = (office?.windows ?? []).filter((w) => windowId === null || w.windowId === windowId);
  const bySlot = new Map<string, Cell[]>();
  for (const w of windows) {
    for (const s of w.slots) {
      const row = bySlot.get(s.slotStart) ?? data.days.map(zero);
      s.byDay.forEach((d, i) => addInto(row[i]!, d));
      bySlot.set(s.slotStart, row);
    }
  }
  const slots = [...bySlot.keys()].sort((a, b) => minutes(a) - minutes(b));
  const cells = slots.map((s) => bySlot.get(s)!);
  const slotTotals = cells.map((row) => row.reduce((acc, c) => (addInto(acc, c), acc), zero()));
  const dayTotals = data.days.map((_, i) => cells.reduce((acc, row) => (addInto(acc, row[i]!), acc), zero()));
  const total = slotTotals.reduce((acc, c) => (addInto(acc, c), acc), zero());
  return { slots, cells, slotTotals, dayTotals, total };
}

/** Booked over capacity, 0…1 (a slot the templates dropped has no capacity: full if anything booked). */
export function fillShare(c: Cell): number {
  if (c.capacity === 0) return c.booked > 0 ? 1 : 0;
  return Math.min(1, c.booked / c.capacity);
}

/** No-shows among bookings whose outcome is known; null before any. */
export function noShowShare(c: Cell): number | null {
  const decided = c.checkedIn + c.noShows;
  return decided === 0 ? null : c.noShows / decided;
}
