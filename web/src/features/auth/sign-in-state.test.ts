import { describe, expect, it } from 'vitest';
import { readSignInState } from './sign-in-state';

describe('readSignInState', () => {
  it('keeps a path inside the app and a known reason', () => {
    expect(readSignInState({ reason: 'expired', from: '/admin/staff?q=1' })).toEqual({ reason: 'expired', from: '/admin/staff?q=1' });
  });

  it('refuses to send anyone off-site after sign-in', () => {
    expect(readSignInState({ from: 'https://evil.example/' }).from).toBeUndefined();
    expect(readSignInState({ from: '//evil.example/' }).from).toBeUndefined();
  });

  it('ignores anything else', () => {
    expect(readSignInState(null)).toEqual({});
    expect(readSignInState({ reason: 'bored' })).toEqual({ reason: undefined, from: undefined });
  });
});
