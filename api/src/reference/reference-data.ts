// The reference data every rule needs and an administrator can change: the published working-day
// calendar (State Council notices, stored in calendar_notices) and the center's policy set.
// Loaded once at start; `reload` after an administrator changes them.
import type { Kysely } from 'kysely';
import { createWorkingCalendar, harbinPolicy, notice2025, notice2026, type HolidayNotice, type PolicySet, type WorkingCalendar } from '@onetrip/workflows';
import type { DB } from '../db/schema';

export interface ReferenceData {
  calendar: WorkingCalendar;
  policy: PolicySet;
}

/** The notices shipped with OneTrip; an administrator loads later years. */
const BUILT_IN_NOTICES: readonly HolidayNotice[] = [notice2025, notice2026];

export async function ensureBuiltInNotices(db: Kysely<DB>, now: Date): Promise<void> {
  const rows = BUILT_IN_NOTICES.map((n) => ({ year: n.year, notice: JSON.stringify(n), loaded_at: now, loaded_by: null }));
  await db.insertInto('calendar_notices').values(rows).onConflict((oc) => oc.column('year').doNothing()).execute();
}

export async function loadReferenceData(db: Kysely<DB>): Promise<ReferenceData> {
  const rows = await db.selectFrom('calendar_notices').select('notice').orderBy('year').execute();
  const notices = rows.map((r) => r.notice as HolidayNotice);
  return { calendar: createWorkingCalendar(notices.length ? notices : BUILT_IN_NOTICES), policy: harbinPolicy };
}

/** For pure tests and tools that need no database: the built-in calendar and policy. */
export function builtInReferenceData(): ReferenceData {
  return { calendar: createWorkingCalendar(BUILT_IN_NOTICES), policy: harbinPolicy };
}
