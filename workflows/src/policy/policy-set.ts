// Reading and changing a policy set. Reads are by calendar date; changes only ever add values
// dated today or later, so a decision already taken can always be re-derived unchanged.
import { compareDates, isRealDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';
import type { Dated, PolicyKey, PolicySet, PolicyTimelines, PolicyValues, Timeline } from './policy.types';

/** The value of `key` in force on `date`; throws `policy.not_in_force` before its first entry. */
export function policyAt<K extends PolicyKey>(set: PolicySet, key: K, date: CalendarDate): PolicyValues[K] {
  return entryAt(set, key, date).value;
}

/** The dated entry (with its source) in force on `date`. */
export function entryAt<K extends PolicyKey>(set: PolicySet, key: K, date: CalendarDate): Dated<PolicyValues[K]> {
  assertDate(date);
  const timeline: Timeline<PolicyValues[K]> = set.params[key];
  // Timelines hold a handful of entries: a backwards scan is the simplest correct lookup.
  for (let i = timeline.length - 1; i >= 0; i--) {
    const entry = timeline[i];
    if (entry && entry.from <= date) return entry;
  }
  throw new DomainError('policy.not_in_force', { center: set.center, key, date });
}

/** Every parameter as in force on `date`: what a case accepted that day is decided with. */
export function policySnapshot(set: PolicySet, date: CalendarDate): PolicyValues {
  const out: Partial<Record<PolicyKey, unknown>> = {};
  for (const key of Object.keys(set.params) as PolicyKey[]) out[key] = policyAt(set, key, date);
  return out as PolicyValues;
}

/**
 * A new set with `value` in force for `key` from `from`. Refuses (`policy.retroactive_change`)
 * a value dated before `today`, and replacing an entry that is already in force, because either
 * would change how past decisions read. A future entry with the same date is replaced.
 */
export function withPolicyValue<K extends PolicyKey>(
  set: PolicySet,
  key: K,
  change: Dated<PolicyValues[K]>,
  today: CalendarDate,
): PolicySet {
  assertDate(change.from);
  assertDate(today);
  const timeline: Timeline<PolicyValues[K]> = set.params[key];
  const replacesInForce = change.from === today && timeline.some((e) => e.from === today);
  if (compareDates(change.from, today) < 0 || replacesInForce) {
    throw new DomainError('policy.retroactive_change', { center: set.center, key, from: change.from, today });
  }
  const next = [...timeline.filter((e) => e.from !== change.from), change].sort((a, b) => compareDates(a.from, b.from));
  const params = { ...set.params, [key]: next } as PolicyTimelines;
  return { ...set, params };
}

/** Checks a set loaded from data: real dates, strictly increasing, no empty timeline. */
export function validatePolicySet(set: PolicySet): PolicySet {
  for (const key of Object.keys(set.params) as PolicyKey[]) {
    const timeline: Timeline<unknown> = set.params[key];
    if (timeline.length === 0) throw new DomainError('policy.empty_timeline', { center: set.center, key });
    timeline.forEach((entry, i) => {
      if (!isRealDate(entry.from)) throw new DomainError('policy.bad_date', { center: set.center, key, from: entry.from });
      const prev = timeline[i - 1];
      if (prev && compareDates(prev.from, entry.from) >= 0) {
        throw new DomainError('policy.unsorted_timeline', { center: set.center, key, from: entry.from });
      }
    });
  }
  return set;
}

function assertDate(date: CalendarDate): void {
  if (!isRealDate(date)) throw new DomainError('policy.bad_date', { date });
}
