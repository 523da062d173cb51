// Integration tests that drive the real Fastify app the way the SPA does: same-origin headers, a
// staff session cookie per user, fixture scans through POST /api/pages, tRPC over HTTP.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, type App } from '../http/server';
import { DEMO_PASSWORD } from '../seed/organisation';
import type { TestTarget } from './test-databases';
import type { TestDatabaseHandle } from './use-test-database';

export const FIXTURES = fileURLToPath(new URL('../../../imaging/fixtures/', import.meta.url));
export const SAME_ORIGIN = { host: 'localhost:3000', origin: 'http://localhost:3000' };

export interface TrpcAnswer {
  result?: { data: unknown };
  error?: { data?: { appCode?: string; details?: unknown } };
}

/** Signs each demo user in; their session cookies by username. */
export async function signIn(app: App, usernames: readonly string[]): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const username of usernames) {
    const r = await app.fastify.inject({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json', ...SAME_ORIGIN }, payload: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    cookies[username] = /onetrip_sid=[\w-]+/.exec(String(r.headers['set-cookie']))![0];
  }
  return cookies;
}

/** `app` is read when called: suites build the app in beforeAll. */
function httpDesk(app: () => App, cookies: () => Record<string, string>) {
  return {
    /** Scans a fixture's input.jpg at the counter as clerk01; the first page of the answer. */
    async scan<Page>(fixture: string, kind: string): Promise<Page> {
      const r = await app().fastify.inject({ method: 'POST', url: `/api/pages?kind=${kind}`, headers: { 'content-type': 'application/octet-stream', cookie: cookies().clerk01!, ...SAME_ORIGIN }, payload: await readFile(`${FIXTURES}${fixture}/input.jpg`) });
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as { pages: Page[] }).pages[0]!;
    },
    async trpc(who: string, path: string, input: unknown, method: 'GET' | 'POST'): Promise<TrpcAnswer> {
      const url = method === 'GET' ? `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `/trpc/${path}`;
      const r = await app().fastify.inject({ method, url, headers: { 'content-type': 'application/json', cookie: cookies()[who]!, ...SAME_ORIGIN }, ...(method === 'POST' ? { payload: JSON.stringify(input) } : {}) });
      return r.json() as TrpcAnswer;
    },
  };
}

/**
 * The real app over the suite's database with `usernames` signed in, from `startAt` (the test
 * clock), closed after the suite; a skipped target builds nothing.
 */
export function useHttpDesk(target: TestTarget, h: TestDatabaseHandle, startAt: string, usernames: readonly string[]) {
  let app: App | undefined;
  let cookies: Record<string, string> = {};
  beforeAll(async () => {
    if (target.skip) return;
    h.services.clock.set(startAt);
    app = await buildApp(h.services);
    cookies = await signIn(app, usernames);
  }, 120_000);
  afterAll(async () => {
    await app?.fastify.close();
  });
  const desk = httpDesk(() => app!, () => cookies);
  return { ...desk, app: () => app!, cookie: (who: string) => cookies[who]! };
}
