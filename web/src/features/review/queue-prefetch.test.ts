import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../../lib/api-types';
import { prefetchesQueue } from './queue-prefetch';

const signedIn = (role: Role) => ({ status: 'signed-in' as const, me: { role } as Me });

describe('the queue route asking for its data early', () => {
  it('asks on a cold start, beside the session check', () => {
    expect(prefetchesQueue(undefined)).toBe(true);
  });

  it('asks for reviewers and approvers once the session is known', () => {
    expect(prefetchesQueue(signedIn('reviewer'))).toBe(true);
    expect(prefetchesQueue(signedIn('approver'))).toBe(true);
  });

  it('does not ask for roles the queue is not for, nor when signed out', () => {
    for (const role of ['clerk', 'supervisor', 'admin'] as const) expect(prefetchesQueue(signedIn(role))).toBe(false);
    expect(prefetchesQueue({ status: 'signed-out', reason: 'expired' })).toBe(false);
  });
});
