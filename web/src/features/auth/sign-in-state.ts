// What the redirect to /login carries: why the person is there and where they were going.
import type { SignedOutReason } from './auth.queries';

export interface SignInState {
  readonly reason?: SignedOutReason;
  readonly from?: string;
}

export function readSignInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { reason, from } = state as Record<string, unknown>;
  return {
    reason: reason === 'required' || reason === 'expired' || reason === 'signed_out' ? reason : undefined,
    // Only paths inside this app: never an absolute URL handed in from elsewhere.
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
  };
}
