// POST /api/pages end to end through Fastify: a real ID-card scan from the fixture corpus is
// cleaned, read and archived; bad files get their imaging code and a 4xx, never a crash. One
// database is enough (the route writes only to the archive; the session needs the staff table).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedOcrPool } from '../modules/capture/ocr-pool';
import { DEMO_PASSWORD, seedOrganisation } from '../seed/organisation';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp, type App } from './server';

const FIXTURES = fileURLToPath(new URL('../../../imaging/fixtures/', import.meta.url));
const HOST = { host: 'localhost:3000', origin: 'http://localhost:3000' };

describe('POST /api/pages', () => {
  let t: TestDatabase;
  let app: App;
  let services: ReturnType<typeof testServices>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    services = testServices(t.database, { WEB_DIST: '/nonexistent', UPLOAD_MAX_MB: 1, OCR_POOL_SIZE: 1 });
    app = await buildApp(services);
    for (const username of ['clerk01', 'reviewer01']) {
      const r = await app.fastify.inject({ method: 'POST', url: '/trpc/auth.login', headers: { 'content-type': 'application/json', ...HOST }, payload: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      cookies[username] = /onetrip_sid=[\w-]+/.exec(String(r.headers['set-cookie']))![0];
    }
  }, 120_000);
  afterAll(async () => {
    await app?.fastify.close();
    await closeSharedOcrPool();
    await t?.dispose();
  });

  const upload = (payload: Buffer, who = 'clerk01', url = '/api/pages') =>
    app.fastify.inject({ method: 'POST', url, headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'scan.jpg', cookie: cookies[who] ?? '', ...HOST }, payload });

  it('reads an ID card: archived original and rendition, classification and the ID number', async () => {
    const bytes = await readFile(`${FIXTURES}001-id-front/input.jpg`);
    const r = await upload(bytes);
    expect(r.statusCode, r.body).toBe(200);
    const [page] = r.json().pages;
    expect(page.classification.kind).toBe('id_card_front');
    expect(page.fields.find((f: { key: string }) => f.key === 'idNumber')?.normalized).toBe('340104196011164964');
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await services.archive.get(page.sha256)).length).toBeGreaterThan(0);
    expect(await services.archive.get(page.originalSha256)).toEqual(bytes);
  }, 60_000);

  it('refuses a corrupt file, an executable and an oversized body with their codes', async () => {
    const truncated = (await readFile(`${FIXTURES}015-bank-card/input.jpg`)).subarray(0, 2000);
    const corrupt = await upload(truncated);
    expect(corrupt.statusCode).toBe(422);
    expect(corrupt.json().appCode).toBe('imaging.corrupt');
    const exe = await upload(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().appCode).toBe('imaging.unsupported_type');
    const huge = await upload(Buffer.alloc(1024 * 1024 + 1, 0xff));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().appCode).toBe('imaging.too_large');
  });

  it('answers only signed-in counter staff, from our own origin', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff]);
    expect((await upload(bytes, 'nobody')).statusCode).toBe(401);
    expect((await upload(bytes, 'reviewer01')).json().appCode).toBe('auth.forbidden');
    expect((await upload(bytes, 'clerk01', '/api/pages?kind=passport')).json().appCode).toBe('capture.kind_unknown');
    const foreign = await app.fastify.inject({ method: 'POST', url: '/api/pages', headers: { 'content-type': 'application/octet-stream', cookie: cookies.clerk01!, host: 'localhost:3000', origin: 'http://evil.example' }, payload: bytes });
    expect(foreign.statusCode).toBe(403);
  });
});
