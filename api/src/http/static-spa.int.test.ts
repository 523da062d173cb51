// The built SPA is served from web/dist, client routes get index.html, and a rebuild (new hashed
// asset names) is served by the running process (regression: the file list was read once at start).
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp } from './server';

describe('the SPA from web/dist', () => {
  it('serves assets, falls back to index.html for client routes, and picks up a rebuild', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'onetrip-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>OneTrip</title>');
    writeFileSync(path.join(dist, 'assets', 'index-aaa.js'), 'console.log(1)');
    const t = await createTestDatabase('pglite');
    const app = await buildApp(testServices(t.database, { WEB_DIST: dist }));
    try {
      expect((await app.fastify.inject({ url: '/assets/index-aaa.js' })).statusCode).toBe(200);
      const route = await app.fastify.inject({ url: '/review/tasks/42' });
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain('<title>OneTrip</title>');
      writeFileSync(path.join(dist, 'assets', 'index-bbb.js'), 'console.log(2)');
      const rebuilt = await app.fastify.inject({ url: '/assets/index-bbb.js' });
      expect(rebuilt.statusCode).toBe(200);
      expect(rebuilt.body).toBe('console.log(2)');
      expect((await app.fastify.inject({ url: '/trpc/nope' })).statusCode).toBe(404);
    } finally {
      await app.fastify.close();
      await t.dispose();
    }
  });
});
