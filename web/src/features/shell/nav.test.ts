import { describe, expect, it } from 'vitest';
import { homePathFor, mayOpen, NAV_BY_ROLE, PATHS } from './nav';

describe('navigation by role', () => {
  it('lands each role on its own home', () => {
    expect(homePathFor('clerk')).toBe(PATHS.counterHome);
    expect(homePathFor('reviewer')).toBe(PATHS.reviewHome);
    expect(homePathFor('approver')).toBe(PATHS.reviewHome);
    expect(homePathFor('supervisor')).toBe(PATHS.supervisionHome);
    expect(homePathFor('admin')).toBe(PATHS.staffAccounts);
  });

  it('keeps staff accounts to administrators', () => {
    const roles = Object.keys(NAV_BY_ROLE) as (keyof typeof NAV_BY_ROLE)[];
    expect(roles.filter((r) => mayOpen(r, PATHS.staffAccounts))).toEqual(['admin']);
  });

  it('links every page from some role and no page twice for one role', () => {
    const linked = new Set(Object.values(NAV_BY_ROLE).flat().map((i) => i.path));
    expect([...linked].sort()).toEqual(Object.values(PATHS).sort());
    for (const items of Object.values(NAV_BY_ROLE)) expect(new Set(items.map((i) => i.path)).size).toBe(items.length);
  });
});
