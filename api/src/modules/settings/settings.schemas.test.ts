import { describe, expect, it } from 'vitest';
import { changePolicyInput } from './settings.schemas';

describe('changePolicyInput: the daily accepted target', () => {
  it('takes a whole number a working day per business category', () => {
    expect(changePolicyInput.parse({ key: 'dailyAcceptedTarget', from: '2026-12-01', value: { loan: 400 } })).toEqual({ key: 'dailyAcceptedTarget', from: '2026-12-01', value: { loan: 400 } });
  });

  it('refuses a negative or fractional target and a category that has none', () => {
    for (const value of [{ loan: -1 }, { loan: 10.5 }, { employer: 5 }]) {
      expect(changePolicyInput.safeParse({ key: 'dailyAcceptedTarget', from: '2026-12-01', value }).success).toBe(false);
    }
  });
});
