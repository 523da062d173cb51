// The chart's filter lives in the URL, so a view can be bookmarked and sent to the director.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ThroughputFilter } from '../throughput.queries';

/** Harbin's center-wide aim, accepted applications a working day (the API's default too). */
export const DEFAULT_DAILY_TARGET = 350;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function useThroughputFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<ThroughputFilter>(() => {
    const to = DAY.test(params.get('to') ?? '') ? params.get('to')! : beijingToday();
    const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : shift(to, -27);
    const target = Number(params.get('target'));
    return {
      from,
      to,
      by: params.get('by') === 'week' ? 'week' : 'day',
      officeId: params.get('office') ?? undefined,
      dailyTarget: Number.isInteger(target) && target >= 0 && params.has('target') ? target : DEFAULT_DAILY_TARGET,
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<ThroughputFilter>) => {
      const next = { ...filter, ...patch };
      const out: Record<string, string> = { from: next.from, to: next.to, by: next.by ?? 'day', target: String(next.dailyTarget ?? DEFAULT_DAILY_TARGET) };
      if (next.officeId) out.office = next.officeId;
      setParams(out, { replace: true });
    },
    [filter, setParams],
  );
  return { filter, update };
}
