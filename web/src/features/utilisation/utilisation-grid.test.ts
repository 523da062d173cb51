import { describe, expect, it } from 'vitest';
import { fillShare, noShowShare, slotGrid } from './utilisation-grid';
import type { UtilisationData } from './utilisation.queries';

const u = (capacity: number, booked: number, checkedIn = 0, noShows = 0) => ({ capacity, booked, checkedIn, noShows, noShowRateBp: null });
const slot = (slotStart: string, byDay: ReturnType<typeof u>[]) => ({ slotStart, ...u(0, 0), byDay });
const windowOf = (windowId: string, slots: ReturnType<typeof slot>[]) => ({ windowId, windowNo: 1, bankId: 'B', bankZh: '银行', bankEn: 'Bank', totals: u(0, 0), slots });

const data: UtilisationData = {
  days: ['2026-11-20', '2026-11-23'],
  notPublishedFrom: null,
  totals: u(0, 0),
  offices: [
    {
      officeId: 'HRB-PF',
      nameZh: '平房',
      nameEn: 'Pingfang',
      totals: u(0, 0),
      windows: [
        windowOf('W1', [slot('13:30', [u(2, 1), u(2, 0)]), slot('09:00', [u(2, 2, 1, 1), u(2, 1)])]),
        windowOf('W2', [slot('09:00', [u(2, 0), u(2, 2, 2, 0)])]),
      ],
    },
  ],
};

describe('utilisation slot grid', () => {
  it('adds the windows of an office slot by slot and day by day, slots in time order', () => {
    const g = slotGrid(data, 'HRB-PF', null);
    expect(g.slots).toEqual(['09:00', '13:30']);
    expect(g.cells[0]).toEqual([
      { capacity: 4, booked: 2, checkedIn: 1, noShows: 1 },
      { capacity: 4, booked: 3, checkedIn: 2, noShows: 0 },
    ]);
    expect(g.slotTotals[1]).toEqual({ capacity: 4, booked: 1, checkedIn: 0, noShows: 0 });
    expect(g.dayTotals[0]).toEqual({ capacity: 6, booked: 3, checkedIn: 1, noShows: 1 });
    expect(g.total).toEqual({ capacity: 12, booked: 6, checkedIn: 3, noShows: 1 });
  });

  it('shows one window alone, and nothing for an unknown office', () => {
    expect(slotGrid(data, 'HRB-PF', 'W2').total).toEqual({ capacity: 4, booked: 2, checkedIn: 2, noShows: 0 });
    expect(slotGrid(data, 'HRB-XX', null)).toMatchObject({ slots: [], total: { capacity: 0 } });
  });

  it('fill and no-show shares', () => {
    expect(fillShare({ capacity: 4, booked: 3, checkedIn: 0, noShows: 0 })).toBe(0.75);
    expect(fillShare({ capacity: 0, booked: 1, checkedIn: 0, noShows: 0 })).toBe(1);
    expect(fillShare({ capacity: 0, booked: 0, checkedIn: 0, noShows: 0 })).toBe(0);
    expect(noShowShare({ capacity: 4, booked: 3, checkedIn: 3, noShows: 1 })).toBe(0.25);
    expect(noShowShare({ capacity: 4, booked: 3, checkedIn: 0, noShows: 0 })).toBeNull();
  });
});
