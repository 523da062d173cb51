// The drill-down's filter lives in the address bar, so a number's list can be bookmarked, shared
// and left with the browser's back button.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { BoardCasesFilter } from '../supervision.queries';

const SLA = ['on_track', 'due_today', 'at_risk', 'breached', 'paused', 'forecast', 'open'] as const;
type Sla = (typeof SLA)[number];

export function useBoardFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<BoardCasesFilter | null>(() => {
    const sla = params.get('sla');
    const band = params.get('age');
    const f: BoardCasesFilter = {
      ...(sla && (SLA as readonly string[]).includes(sla) ? { sla: sla as Sla } : {}),
      ...(params.get('step') ? { step: params.get('step')! } : {}),
      ...(params.get('type') ? { businessType: params.get('type')! } : {}),
      ...(params.get('office') ? { officeId: params.get('office')! } : {}),
      ...(band !== null && /^[0-3]$/.test(band) ? { ageBand: Number(band) } : {}),
    };
    return Object.keys(f).length ? f : null;
  }, [params]);

  const open = useCallback(
    (f: BoardCasesFilter) => {
      const next = new URLSearchParams();
      if (f.sla) next.set('sla', f.sla);
      if (f.step) next.set('step', f.step);
      if (f.businessType) next.set('type', f.businessType);
      if (f.officeId) next.set('office', f.officeId);
      if (f.ageBand !== undefined) next.set('age', String(f.ageBand));
      setParams(next);
    },
    [setParams],
  );
  const close = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { filter, open, close };
}
