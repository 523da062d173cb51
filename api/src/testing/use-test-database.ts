// The scaffolding every integration suite needs, once: a fresh database of the target's kind,
// seeded inside one transaction, services with a test clock, disposal afterwards. Call it inside
// `describe.each(await testTargets())`; a skipped target (no PostgreSQL outside CI) sets nothing up.
import type { Transaction } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../config/config';
import type { DB } from '../db/schema';
import type { StaffActor } from '../trpc/context';
import { createTestDatabase, type TestDatabase, type TestTarget } from './test-databases';
import { testServices } from './test-services';
import { staffActorOf } from '../modules/auth/session.repository';

export type TestServices = ReturnType<typeof testServices>;

export interface TestDatabaseHandle {
  readonly test: TestDatabase;
  readonly db: TestDatabase['database']['db'];
  readonly services: TestServices;
  /** Staff of the seeded organisation by username (empty when no staff were seeded). */
  staff(username: string): StaffActor;
}

export function useTestDatabase(
  target: TestTarget,
  seed?: (trx: Transaction<DB>) => Promise<unknown>,
  overrides: Partial<Config> = {},
): TestDatabaseHandle {
  let test: TestDatabase | undefined;
  let services: TestServices | undefined;
  const staff = new Map<string, StaffActor>();
  beforeAll(async () => {
    if (target.skip) return;
    test = await createTestDatabase(target.kind);
    if (seed) await test.database.db.transaction().execute(seed);
    services = testServices(test.database, overrides);
    for (const r of await test.database.db.selectFrom('staff').selectAll().execute()) {
      staff.set(r.username, staffActorOf(r, 'test'));
    }
  });
  afterAll(async () => {
    await test?.dispose();
  });
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('test database not ready (skipped target or used outside a test)');
    return v;
  };
  return {
    get test() {
      return ready(test);
    },
    get db() {
      return ready(test).database.db;
    },
    get services() {
      return ready(services);
    },
    staff(username) {
      const s = staff.get(username);
      if (!s) throw new Error(`no seeded staff member ${username}`);
      return s;
    },
  };
}
