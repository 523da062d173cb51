import { describe, expect, it } from 'vitest';
import { dayAfter, fromDisplay, leavesOf, orderedLeaves, toDisplay, withLeaves } from './policy-values';

const rent = { capFen: 1_800_000, areaCapsFen: { county: 1_200_000 }, per: 'household', window: { kind: 'CALENDAR_YEAR' } };

describe('policy values on the settings page', () => {
  it('lists leaves with display units', () => {
    expect(leavesOf('rentWithdrawal', rent).map((l) => [l.id, l.unit])).toEqual([
      ['capFen', 'yuan'],
      ['areaCapsFen_county', 'yuan'],
      ['per', 'plain'],
      ['window_kind', 'plain'],
    ]);
    expect(leavesOf('loanRates', { firstHomeUpTo5y: 21_000 })[0]).toMatchObject({ unit: 'percent', value: 21_000 });
    expect(leavesOf('balanceMultiple', 25)).toEqual([{ id: '', path: [], value: 25, unit: 'plain' }]);
  });

  it('lists a value read back from jsonb in the order of the built-in one', () => {
    const fromJsonb = { per: 'household', capFen: 2_000_000, window: { kind: 'CALENDAR_YEAR' }, areaCapsFen: { county: 1_200_000 } };
    expect(orderedLeaves('rentWithdrawal', fromJsonb, rent).map((l) => l.id)).toEqual(['capFen', 'areaCapsFen_county', 'per', 'window_kind']);
  });

  it('round-trips typed numbers to stored integers without float noise', () => {
    expect(fromDisplay('percent', 2.1)).toBe(21_000);
    expect(fromDisplay('yuan', 20_000.1)).toBe(2_000_010);
    expect(toDisplay('percent', 26_000)).toBe(2.6);
  });

  it('replaces only the changed leaves and keeps the rest', () => {
    expect(withLeaves(rent, new Map([['capFen', 2_000_000]]))).toEqual({ ...rent, capFen: 2_000_000 });
  });

  it('steps over month and year ends', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});
