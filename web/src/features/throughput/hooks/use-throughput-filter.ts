// The chart's filter lives in the URL, so a view can be bookmarked and sent to the director.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ThroughputFilter } from '../throughput.queries';

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
    return {
      from,
      to,
      by: params.get('by') === 'week' ? 'week' : 'day',
      officeId: params.get('office') ?? undefined,
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<ThroughputFilter>) => {
      const next = { ...filter, ...patch };
      const out: Record<string, string> = { from: next.from, to: next.to, by: next.by ?? 'day' };
      if (next.officeId) out.office = next.officeId;
      setParams(out, { replace: true });
    },
    [filter, setParams],
  );
  return { filter, update };
}
