// POST /api/pages end to end through Fastify: a real ID-card scan from the fixture corpus is
// cleaned, read and archived; bad files get their imaging code and a 4xx, never a crash. One
// database is enough (the route writes only to the archive; the session needs the staff table).
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedOcrPool } from '../modules/capture/ocr-pool';
import { seedOrganisation } from '../seed/organisation';
import { FIXTURES, SAME_ORIGIN, signIn } from '../testing/http-desk';
import { createTestDatabase, type TestDatabase } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp, type App } from './server';


describe('POST /api/pages', () => {
  let t: TestDatabase;
  let app: App;
  let services: ReturnType<typeof testServices>;
  let cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    services = testServices(t.database, { WEB_DIST: '/nonexistent', UPLOAD_MAX_MB: 1, OCR_POOL_SIZE: 1 });
    app = await buildApp(services);
    cookies = await signIn(app, ['clerk01', 'reviewer01']);
  }, 120_000);
  afterAll(async () => {
    await app?.fastify.close();
    await closeSharedOcrPool();
    await t?.dispose();
  });

  const upload = (payload: Buffer, who = 'clerk01', url = '/api/pages') =>
    app.fastify.inject({ method: 'POST', url, headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'scan.jpg', cookie: cookies[who] ?? '', ...SAME_ORIGIN }, payload });

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
    // The counter screen learns the same limit with the session, to refuse such a file before sending it.
    const me = await app.fastify.inject({ url: '/trpc/auth.me', headers: { cookie: cookies.clerk01!, ...SAME_ORIGIN } });
    expect(me.json().result.data.limits).toEqual({ uploadBytes: 1024 * 1024 });
  });

  const rotate = (sha256: string, body: unknown, who = 'clerk01') =>
    app.fastify.inject({ method: 'POST', url: `/api/pages/${sha256}/rotate`, headers: { 'content-type': 'application/json', cookie: cookies[who] ?? '', ...SAME_ORIGIN }, payload: JSON.stringify(body) });

  it("keeps the clerk's rotation: a new rendition beside the old one, read as turned", async () => {
    const [upright] = (await upload(await readFile(`${FIXTURES}001-id-front/input.jpg`))).json().pages;
    expect(upright.width).toBeGreaterThan(upright.height);
    // A card on its side, or upside down, reads badly: the automatic orientation would turn it back.
    const [sideways] = (await rotate(upright.sha256, { degrees: 90 })).json().pages;
    expect(sideways.height).toBeGreaterThan(sideways.width);
    const turned = await rotate(upright.sha256, { degrees: 180 });
    expect(turned.statusCode, turned.body).toBe(200);
    const [upsideDown] = turned.json().pages;
    expect(upsideDown.sha256).not.toBe(upright.sha256);
    expect(upsideDown.originalSha256).toBe(upright.sha256);
    expect(upsideDown.fields.find((f: { key: string }) => f.key === 'idNumber')).toBeUndefined();
    expect((await services.archive.get(upright.sha256)).length).toBeGreaterThan(0);
    // Turned back, the page reads like the first time: the fields are the turned page's.
    const [back] = (await rotate(upsideDown.sha256, { degrees: 180 })).json().pages;
    expect(back.width).toBeGreaterThan(back.height);
    expect(back.fields.find((f: { key: string }) => f.key === 'idNumber')?.normalized).toBe('340104196011164964');
  }, 120_000);

  it('refuses a rotation that is not a quarter turn, of a page not archived, or by a non-clerk', async () => {
    const known = 'a'.repeat(64);
    expect((await rotate(known, { degrees: 45 })).json().appCode).toBe('capture.rotation_invalid');
    expect((await app.fastify.inject({ method: 'POST', url: `/api/pages/${known}/rotate`, headers: { 'content-type': 'application/json', cookie: cookies.clerk01!, ...SAME_ORIGIN }, payload: '{' })).json().appCode).toBe('capture.rotation_invalid');
    const missing = await rotate(known, { degrees: 90 });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().appCode).toBe('archive.not_found');
    expect((await rotate('not-a-hash', { degrees: 90 })).statusCode).toBe(404);
    expect((await rotate(known, { degrees: 90 }, 'reviewer01')).json().appCode).toBe('auth.forbidden');
  });

  it('answers only signed-in counter staff, from our own origin', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff]);
    expect((await upload(bytes, 'nobody')).statusCode).toBe(401);
    expect((await upload(bytes, 'reviewer01')).json().appCode).toBe('auth.forbidden');
    expect((await upload(bytes, 'clerk01', '/api/pages?kind=passport')).json().appCode).toBe('capture.kind_unknown');
    const foreign = await app.fastify.inject({ method: 'POST', url: '/api/pages', headers: { 'content-type': 'application/octet-stream', cookie: cookies.clerk01!, host: 'localhost:3000', origin: 'http://evil.example' }, payload: bytes });
    expect(foreign.statusCode).toBe(403);
  });

  describe('a 200 MB upload over a real socket', () => {
    const TWO_HUNDRED_MB = 200 * 1024 * 1024;
    let port: number;
    beforeAll(async () => {
      await app.fastify.listen({ port: 0, host: '127.0.0.1' });
      port = (app.fastify.server.address() as AddressInfo).port;
    });

    /** Sends `chunks` of 64 KiB until the server answers; how many bytes went out before it did. */
    function post(headers: Record<string, string>, chunks: number): Promise<{ status: number; body: { appCode?: string }; sent: number }> {
      return new Promise((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/pages', headers: { 'content-type': 'application/octet-stream', cookie: cookies.clerk01!, ...SAME_ORIGIN, ...headers } }, (res) => {
          answered = true;
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { appCode?: string }, sent }));
        });
        // The server may close the connection as soon as it has refused: that is the point.
        req.on('error', (e) => (answered ? undefined : reject(e)));
        const chunk = Buffer.alloc(64 * 1024, 0xff);
        let left = chunks;
        const pump = () => {
          while (!answered && left > 0) {
            left--;
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        req.flushHeaders();
        pump();
      });
    }

    it('refuses a declared 200 MB body from its headers, before reading any of it', async () => {
      // Not one byte of body is sent: an answer at all means nothing waited for the 200 MB.
      const r = await post({ 'content-length': String(TWO_HUNDRED_MB) }, 0);
      expect(r.status).toBe(413);
      expect(r.body.appCode).toBe('imaging.too_large');
    });

    it('stops reading an undeclared (chunked) 200 MB body at the limit', async () => {
      const r = await post({ 'transfer-encoding': 'chunked' }, TWO_HUNDRED_MB / (64 * 1024));
      expect(r.status).toBe(413);
      expect(r.body.appCode).toBe('imaging.too_large');
      // Refused a little past the 1 MB limit (socket buffers in between), not after 200 MB.
      expect(r.sent).toBeLessThan(32 * 1024 * 1024);
    });
  });
});
