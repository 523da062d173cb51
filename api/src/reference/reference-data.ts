// The reference data every rule needs and an administrator can change: the published working-day
// calendar (State Council notices, stored in calendar_notices) and the center's policy set with the
// administrators' dated changes (policy_changes) on top. Loaded once at start; `reloadReferenceData`
// after an administrator changes them.
import type { Kysely } from 'kysely';
import {
  createWorkingCalendar,
  harbinPolicy,
  notice2025,
  notice2026,
  shanghaiDate,
  withPolicyValue,
  type HolidayNotice,
  type PolicyKey,
  type PolicySet,
  type PolicyValues,
  type WorkingCalendar,
} from '@onetrip/workflows';
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

export interface StoredPolicyChange {
  readonly id: number | string;
  readonly key: string;
  readonly effective_from: string;
  readonly value: unknown;
  readonly changed_at: Date;
}

/**
 * The built-in policy with every stored change applied in order. Each change is replayed with the
 * day it was made as "today", so it passes exactly the check it passed then (a change dated in the
 * past at load time was in the future when it was made).
 */
export function applyPolicyChanges(base: PolicySet, changes: readonly StoredPolicyChange[]): PolicySet {
  return changes.reduce(
    (set, c) =>
      withPolicyValue(set, c.key as PolicyKey, { from: c.effective_from, value: c.value as PolicyValues[PolicyKey], source: `policy_changes #${String(c.id)}` }, shanghaiDate(new Date(c.changed_at))),
    base,
  );
}

export async function loadReferenceData(db: Kysely<DB>): Promise<ReferenceData> {
  const rows = await db.selectFrom('calendar_notices').select('notice').orderBy('year').execute();
  const notices = rows.map((r) => r.notice as HolidayNotice);
  const changes = await db.selectFrom('policy_changes').select(['id', 'key', 'effective_from', 'value', 'changed_at']).orderBy('effective_from').orderBy('id').execute();
  return { calendar: createWorkingCalendar(notices.length ? notices : BUILT_IN_NOTICES), policy: applyPolicyChanges(harbinPolicy, changes) };
}

/**
 * Re-reads the reference data into the live object every request's context shares, so the next
 * request sees an administrator's change without a restart. A separate job-worker process keeps
 * its copy until it restarts.
 */
export async function reloadReferenceData(db: Kysely<DB>, live: ReferenceData): Promise<void> {
  Object.assign(live, await loadReferenceData(db));
}

/** For pure tests and tools that need no database: the built-in calendar and policy. */
export function builtInReferenceData(): ReferenceData {
  return { calendar: createWorkingCalendar(BUILT_IN_NOTICES), policy: harbinPolicy };
}
