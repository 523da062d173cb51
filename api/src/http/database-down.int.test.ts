// The database goes away under a running process: requests get a coded, translatable error, the
// health check says so, and nothing crashes.
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../seed/organisation';
import { createTestDatabase, testTargets } from '../testing/test-databases';
import { testServices } from '../testing/test-services';
import { buildApp } from './server';

describe.each(await testTargets())('database down mid-run on $kind', ({ kind, skip }) => {
  it.skipIf(!!skip)('answers 500 common.internal and /healthz 503, and keeps serving', async () => {
    const t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedOrganisation(trx));
    const app = await buildApp(testServices(t.database, { WEB_DIST: '/nonexistent' }));
    try {
      await t.database.close();
      const r = await app.fastify.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'clerk01', password: 'whatever' }),
      });
      expect(r.statusCode).toBe(500);
      expect(r.json().error.data.appCode).toBe('common.internal');
      // The internal message is not leaked to the browser.
      expect(r.json().error.message).toBe('common.internal');
      const health = await app.fastify.inject({ url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toEqual({ status: 'database_unreachable' });
      expect((await app.fastify.inject({ url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await app.fastify.close();
      await t.dispose().catch(() => undefined);
    }
  });
});
