import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../lib/api-types';
import type { ApiClient } from '../../lib/trpc';
import { replaceSession, sessionQueryKey, sessionQueryOptions, signOutOnAuthLoss, type Session } from './auth.queries';

const me = { id: 'S001', username: 'clerk01', displayName: '王丽娟', role: 'clerk', office: { id: 'HRB-DL', nameZh: '道里管理部', nameEn: 'Daoli Office' }, window: null, limits: { uploadBytes: 25 * 1024 * 1024 } } satisfies Me;
const signedIn: Session = { status: 'signed-in', me };
const apiError = (appCode: string) => Object.assign(new Error(appCode), { data: { appCode } });
const clientAnswering = (answer: () => Promise<Me>) => ({ auth: { me: { query: answer } } }) as unknown as ApiClient;

describe('the session query', () => {
  it('is signed in with who the API says', async () => {
    const queryClient = new QueryClient();
    const session = await queryClient.fetchQuery(sessionQueryOptions(clientAnswering(async () => me)));
    expect(session).toEqual({ status: 'signed-in', me });
  });

  it('is signed out, and says so when the session expired', async () => {
    const queryClient = new QueryClient();
    const expired = await queryClient.fetchQuery(sessionQueryOptions(clientAnswering(() => Promise.reject(apiError('auth.session_expired')))));
    expect(expired).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  it('fails (and is retried by the screen) when the server cannot be reached', async () => {
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(sessionQueryOptions(clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')))))).rejects.toThrow('Failed to fetch');
  });
});

describe('signOutOnAuthLoss', () => {
  it('ends the session on screen when any request finds it expired', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<Session>(sessionQueryKey, signedIn);
    signOutOnAuthLoss(queryClient, apiError('auth.session_expired'));
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  it('leaves the session alone for other refusals', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<Session>(sessionQueryKey, signedIn);
    signOutOnAuthLoss(queryClient, apiError('auth.forbidden'));
    expect(queryClient.getQueryData<Session>(sessionQueryKey)?.status).toBe('signed-in');
  });

  it('keeps the first reason: the expiry, not the "sign in first" of the requests after it', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<Session>(sessionQueryKey, signedIn);
    signOutOnAuthLoss(queryClient, apiError('auth.session_expired'));
    signOutOnAuthLoss(queryClient, apiError('auth.required'));
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual({ status: 'signed-out', reason: 'expired' });
  });
});

describe('replaceSession', () => {
  it("drops everything cached for the previous person but keeps the session's query", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['admin', 'staff'], [{ id: 'S001' }]);
    queryClient.setQueryData<Session>(sessionQueryKey, signedIn);
    replaceSession(queryClient, { status: 'signed-out', reason: 'signed_out' });
    expect(queryClient.getQueryData(['admin', 'staff'])).toBeUndefined();
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual({ status: 'signed-out', reason: 'signed_out' });
  });
});
