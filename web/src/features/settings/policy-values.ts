// A policy value as the settings page shows and edits it: its leaves (numbers in display units,
// words translated) and back. Amounts are stored in fen and shown in yuan; rates are stored in
// parts per million and shown in per cent — the page never shows a stored unit.
export type Unit = 'yuan' | 'percent' | 'days' | 'plain';

export interface Leaf {
  /** Path inside the value, joined with `_` (the translation key of its label); '' for a scalar. */
  readonly id: string;
  readonly path: readonly string[];
  readonly value: number | string | null;
  readonly unit: Unit;
}

const PERCENT_KEYS = new Set(['loanRates', 'loanCapUplifts', 'downPayment', 'repaymentIncomeRatio', 'contributionRates']);
const YUAN_KEYS = new Set(['loanCaps', 'perDepositYearCapFen', 'loanQuotaUnitFen', 'loanExtraApprovalThresholdFen']);

export function unitOf(key: string, path: readonly string[]): Unit {
  if (key === 'slaWorkingDays') return 'days';
  if (PERCENT_KEYS.has(key) || (key === 'depositInterest' && path[0] === 'rate')) return 'percent';
  if (YUAN_KEYS.has(key) || path.some((p) => p.endsWith('Fen'))) return 'yuan';
  return 'plain';
}

export function leavesOf(key: string, value: unknown, path: string[] = []): Leaf[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leavesOf(key, v, [...path, k]));
  }
  const leaf = typeof value === 'number' || typeof value === 'string' ? value : null;
  return [{ id: path.join('_'), path, value: leaf, unit: unitOf(key, path) }];
}

/**
 * Leaves in the order of `reference` (the parameter's first, built-in value): a value read back
 * from jsonb has its keys in the database's order, and the page should list them the same way.
 */
export function orderedLeaves(key: string, value: unknown, reference: unknown): Leaf[] {
  const order = new Map(leavesOf(key, reference).map((l, i) => [l.id, i]));
  const rank = (l: Leaf) => order.get(l.id) ?? order.size;
  return leavesOf(key, value).sort((a, b) => rank(a) - rank(b));
}

/** Stored number → the number an administrator reads and types. */
export function toDisplay(unit: Unit, stored: number): number {
  if (unit === 'yuan') return stored / 100;
  if (unit === 'percent') return stored / 10_000;
  return stored;
}

/** Typed number → stored integer (fen, ppm, days); rounding removes float noise such as 2.1 × 10 000. */
export function fromDisplay(unit: Unit, shown: number): number {
  if (unit === 'yuan') return Math.round(shown * 100);
  if (unit === 'percent') return Math.round(shown * 10_000);
  return Math.round(shown);
}

/** A copy of `value` with the numeric leaves replaced (by leaf id, in stored units). */
export function withLeaves(value: unknown, stored: ReadonlyMap<string, number>, path: string[] = []): unknown {
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withLeaves(v, stored, [...path, k])]));
  }
  return stored.get(path.join('_')) ?? value;
}

/** The calendar day after `date` (YYYY-MM-DD), by UTC arithmetic so no time zone can shift it. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
