// The deterministic demo center (`pnpm seed`, and the first start on an empty database).
import type { Database } from '../db/database';
import { DEMO_PASSWORD, OFFICES, seedOrganisation } from './organisation';
import { seedPopulation, type PopulationCounts } from './population';

export interface SeedSummary {
  readonly password: string;
  readonly logins: { username: string; name: string; role: string; office: string }[];
  readonly counts: PopulationCounts;
}

export async function seedDemoCenter(database: Database, options: { seed?: number; scale?: number } = {}): Promise<SeedSummary> {
  return database.db.transaction().execute(async (trx) => {
    const staff = await seedOrganisation(trx);
    const counts = await seedPopulation(trx, database, { seed: options.seed ?? 20_261_122, ...(options.scale === undefined ? {} : { scale: options.scale }) });
    const officeName = new Map<string, string>(OFFICES.map((o) => [o.id, o.name_zh]));
    return {
      password: DEMO_PASSWORD,
      logins: staff.map((s) => ({ username: s.username, name: s.name, role: s.role, office: officeName.get(s.officeId) ?? s.officeId })),
      counts,
    };
  });
}
