// The deterministic demo center (`pnpm seed`, and the first start on an empty database).
import type { CalendarDate } from '@onetrip/workflows';
import type { Database } from '../db/database';
import { seedAppointments } from './appointments.seed';
import { seedLargeScale } from './large-scale.seed';
import { DEMO_PASSWORD, OFFICES, seedOrganisation } from './organisation';
import { seedPopulation, type PopulationCounts } from './population';

export interface SeedSummary {
  readonly password: string;
  readonly logins: { username: string; name: string; role: string; office: string }[];
  readonly counts: PopulationCounts;
}

export interface DemoCenterOptions {
  readonly seed?: number;
  readonly scale?: number;
  /** Book the next 10 working days' appointments from this (Asia/Shanghai) date — the real today
   *  for a live demo, so the counter has booked applicants to check in. */
  readonly appointmentsFrom?: CalendarDate;
  /** Applications in every state over the past two years, so the queues, the SLA board and the
   *  audit have work on day one (0 = none; `--scale large` loads its million instead). */
  readonly backlog?: number;
  /** The instant the backlog is dated around (default: the real now; main.ts passes the app's clock). */
  readonly now?: Date;
}

/** The backlog a first start and `pnpm seed` load: a few hundred of them are still open. */
export const DEMO_BACKLOG = 3_000;

export async function seedDemoCenter(database: Database, options: DemoCenterOptions = {}): Promise<SeedSummary> {
  const summary = await database.db.transaction().execute(async (trx) => {
    const staff = await seedOrganisation(trx);
    const counts = await seedPopulation(trx, database, { seed: options.seed ?? 20_261_122, ...(options.scale === undefined ? {} : { scale: options.scale }) });
    if (options.appointmentsFrom) await seedAppointments(trx, { today: options.appointmentsFrom });
    const officeName = new Map<string, string>(OFFICES.map((o) => [o.id, o.name_zh]));
    return {
      password: DEMO_PASSWORD,
      logins: staff.map((s) => ({ username: s.username, name: s.name, role: s.role, office: officeName.get(s.officeId) ?? s.officeId })),
      counts,
    };
  });
  // Set-based SQL of its own, after the population commits; dated around the real today.
  if (options.backlog) await seedLargeScale(database, { count: options.backlog, ...(options.now ? { now: options.now } : {}) });
  return summary;
}
