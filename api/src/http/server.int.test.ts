import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedOrganisation } from '../seed/organisation';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp, type App } from './server';

describe.each(await testTargets())('HTTP process on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let app: App;
  let services: ReturnType<typeof testServices>;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    services = testServices(t.database, { WEB_DIST: '/nonexistent' });
    app = await buildApp(services);
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

  it.skipIf(!!skip)('serves an archived file to staff who work cases, verified, and to nobody else', async () => {
    const bytes = Buffer.from('%PDF-1.7 a letter');
    const sha = await services.archive.put(bytes);
    const signIn = async (username: string) => {
      const r = await app.fastify.inject({
        method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json', host: 'localhost:3000', origin: 'http://localhost:3000' },
        payload: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      return `onetrip_sid=${/onetrip_sid=([\w-]+)/.exec(String(r.headers['set-cookie']))![1]}`;
    };
    expect((await app.fastify.inject({ url: `/files/${sha}` })).statusCode).toBe(401);
    expect((await app.fastify.inject({ url: `/files/${sha}`, headers: { cookie: await signIn('admin01') } })).statusCode).toBe(403);
    const reviewer = await signIn('reviewer01');
    const ok = await app.fastify.inject({ url: `/files/${sha}`, headers: { cookie: reviewer } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('application/pdf');
    expect(ok.rawPayload.equals(bytes)).toBe(true);
    expect((await app.fastify.inject({ url: `/files/${'0'.repeat(64)}`, headers: { cookie: reviewer } })).statusCode).toBe(404);
  });

  it.skipIf(!!skip)('reports 503 from /readyz once shutting down', async () => {
    app.markShuttingDown();
    expect((await app.fastify.inject({ url: '/readyz' })).statusCode).toBe(503);
  });

  // The public doors limit each caller (progress lookup: 20 a window); behind a proxy the caller is
  // the X-Forwarded-For address, believed only when TRUST_PROXY names the proxy.
  const lookups = async (target: App, forwardedFor: string, n: number): Promise<number[]> => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      const input = encodeURIComponent(JSON.stringify({ receiptNo: `SL20261120DL${7000 + i}`, idLast4: '1234' }));
      statuses.push((await target.fastify.inject({ url: `/trpc/progress.lookup?input=${input}`, headers: { 'x-forwarded-for': forwardedFor } })).statusCode);
    }
    return statuses;
  };

  it.skipIf(!!skip)('limits the public doors per caller: X-Forwarded-For counts only through a trusted proxy', async () => {
    // Directly connected: a forged header does not make a new caller.
    expect((await lookups(app, '203.0.113.1', 20)).every((c) => c === 404)).toBe(true);
    expect(await lookups(app, '203.0.113.2', 1)).toEqual([429]);

    const proxied = await buildApp(testServices(t.database, { WEB_DIST: '/nonexistent', TRUST_PROXY: 1 }));
    try {
      expect((await lookups(proxied, '198.51.100.10', 20)).every((c) => c === 404)).toBe(true);
      expect(await lookups(proxied, '198.51.100.10', 1)).toEqual([429]);
      // Another caller behind the same proxy still gets in.
      expect(await lookups(proxied, '198.51.100.11', 1)).toEqual([404]);
    } finally {
      await proxied.fastify.close();
    }
  });
});
