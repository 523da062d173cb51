import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedOrganisation } from '../seed/organisation';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp, type App } from './server';

describe.each(await testTargets())('HTTP process on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let app: App;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    app = await buildApp(testServices(t.database, { WEB_DIST: '/nonexistent' }));
  });
  afterAll(async () => {
    await app?.fastify.close();
    await t?.dispose();
  });

  const login = (headers: Record<string, string> = {}, password = DEMO_PASSWORD) =>
    app.fastify.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
      payload: JSON.stringify({ username: 'clerk01', password }),
    });

  it.skipIf(!!skip)('answers /healthz and /readyz, with a request id', async () => {
    const h = await app.fastify.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(h.statusCode).toBe(200);
    expect(h.json()).toEqual({ status: 'ok', database: kind });
    expect(h.headers['x-request-id']).toBe('abc-123');
    expect((await app.fastify.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it.skipIf(!!skip)('sets an httpOnly, SameSite=Strict session cookie on sign-in', async () => {
    const r = await login({ origin: 'http://localhost:3000' });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^onetrip_sid=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const sid = /onetrip_sid=([\w-]+)/.exec(cookie)![1];
    const me = await app.fastify.inject({ url: '/trpc/auth.me', headers: { cookie: `onetrip_sid=${sid}` } });
    expect(me.json().result.data.username).toBe('clerk01');
  });

  it.skipIf(!!skip)('refuses a mutation from another origin, and changes nothing', async () => {
    const r = await login({ origin: 'http://evil.example' });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.data.appCode).toBe('auth.cross_origin');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it.skipIf(!!skip)('gives malformed input a coded validation error', async () => {
    const r = await app.fastify.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: '', password: 'x' }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.data).toMatchObject({ appCode: 'validation.invalid', issues: [{ path: 'username', code: 'auth.username_required' }] });
  });

  it.skipIf(!!skip)('answers an unauthenticated query with 401 and a code', async () => {
    const r = await app.fastify.inject({ url: '/trpc/org.offices' });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.data.appCode).toBe('auth.required');
  });

  it.skipIf(!!skip)('reports 503 from /readyz once shutting down', async () => {
    app.markShuttingDown();
    expect((await app.fastify.inject({ url: '/readyz' })).statusCode).toBe(503);
  });
});
