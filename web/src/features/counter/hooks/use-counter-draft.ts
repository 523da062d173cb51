// The application on the clerk's desk: who, which business, the answers, the pages and the form.
// Kept in sessionStorage so a reload or a one-time notice never loses the scans already made;
// cleared once the application is accepted. Pages still being read for the first time cannot
// survive a reload.
import type { BusinessTypeCode } from '@onetrip/workflows';
import { useCallback, useEffect, useReducer } from 'react';
import type { CapturedPage, DraftPage } from '../counter-types';

export interface Draft {
  readonly idNumber: string | null;
  readonly appointmentId: string | null;
  readonly businessType: BusinessTypeCode | null;
  readonly answers: Readonly<Record<string, boolean>>;
  readonly pages: readonly DraftPage[];
  /** the intake form's inputs as typed (yuan, dates, mobile) */
  readonly details: Readonly<Record<string, string>>;
}

const EMPTY: Draft = { idNumber: null, appointmentId: null, businessType: null, answers: {}, pages: [], details: {} };
const KEY = 'onetrip.counter.draft';

type Action =
  | { type: 'start'; idNumber: string; appointmentId: string | null; businessType: BusinessTypeCode | null; answers: Record<string, boolean> }
  | { type: 'business'; businessType: BusinessTypeCode | null }
  | { type: 'answer'; fact: string; value: boolean }
  | { type: 'reading'; pages: DraftPage[] }
  | { type: 'read'; localId: string; pages: { page: CapturedPage; materialId: string | null }[] }
  | { type: 'failed'; localId: string; errorCode: string }
  /** a read page sent back to be read again (turned by the clerk) */
  | { type: 'rereading'; localId: string }
  /** the turned page's reading; `turnedFrom` absent once it is back as first read */
  | { type: 'turned'; localId: string; page: CapturedPage; turnedFrom?: NonNullable<DraftPage['turnedFrom']> }
  /** the second read failed: the page stays as it was read before, with the reason shown */
  | { type: 'reread_failed'; localId: string; errorCode: string }
  | { type: 'page'; localId: string; change: Partial<Pick<DraftPage, 'materialId'>> }
  | { type: 'remove'; localId: string }
  | { type: 'move'; localId: string; by: -1 | 1 }
  | { type: 'confirm'; localId: string; key: string; value?: string }
  | { type: 'detail'; name: string; value: string }
  | { type: 'clear' };

function reduce(d: Draft, a: Action): Draft {
  const mapPage = (id: string, f: (p: DraftPage) => DraftPage) => ({ ...d, pages: d.pages.map((p) => (p.localId === id ? f(p) : p)) });
  switch (a.type) {
    case 'start':
      // The same person again keeps their pages (e.g. back from printing a notice).
      if (a.idNumber === d.idNumber) return { ...d, appointmentId: a.appointmentId ?? d.appointmentId, businessType: d.businessType ?? a.businessType };
      return { ...EMPTY, idNumber: a.idNumber, appointmentId: a.appointmentId, businessType: a.businessType, answers: a.answers };
    case 'business':
      return { ...d, businessType: a.businessType, answers: {}, details: { mobile: d.details.mobile ?? '' } };
    case 'answer':
      return { ...d, answers: { ...d.answers, [a.fact]: a.value } };
    case 'reading':
      return { ...d, pages: [...d.pages, ...a.pages] };
    case 'read': {
      // One file may hold several pages: the placeholder becomes all of them, in place.
      const at = d.pages.findIndex((p) => p.localId === a.localId);
      if (at < 0) return d;
      const base = d.pages[at]!;
      const read = a.pages.map(({ page, materialId }, i): DraftPage => ({ ...base, localId: i ? `${base.localId}-${i + 1}` : base.localId, status: 'ready', page, materialId: base.materialId ?? materialId }));
      return { ...d, pages: [...d.pages.slice(0, at), ...read, ...d.pages.slice(at + 1)] };
    }
    case 'failed':
      return mapPage(a.localId, (p) => ({ ...p, status: 'failed', errorCode: a.errorCode }));
    case 'rereading':
      return mapPage(a.localId, ({ errorCode: _previous, ...p }) => ({ ...p, status: 'reading' }));
    case 'turned':
      // A new reading has new fields: what the clerk confirmed or corrected was about the old one.
      return mapPage(a.localId, ({ errorCode: _error, turnedFrom: _from, ...p }) => ({ ...p, status: 'ready', page: a.page, confirmed: [], edited: {}, ...(a.turnedFrom ? { turnedFrom: a.turnedFrom } : {}) }));
    case 'reread_failed':
      return mapPage(a.localId, (p) => ({ ...p, status: 'ready', errorCode: a.errorCode }));
    case 'page':
      return mapPage(a.localId, (p) => ({ ...p, ...a.change }));
    case 'remove':
      return { ...d, pages: d.pages.filter((p) => p.localId !== a.localId) };
    case 'move': {
      const i = d.pages.findIndex((p) => p.localId === a.localId);
      const j = i + a.by;
      if (i < 0 || j < 0 || j >= d.pages.length) return d;
      const pages = [...d.pages];
      [pages[i], pages[j]] = [pages[j]!, pages[i]!];
      return { ...d, pages };
    }
    case 'confirm':
      return mapPage(a.localId, (p) => ({
        ...p,
        confirmed: p.confirmed.includes(a.key) ? p.confirmed : [...p.confirmed, a.key],
        edited: a.value === undefined ? p.edited : { ...p.edited, [a.key]: a.value },
      }));
    case 'detail':
      return { ...d, details: { ...d.details, [a.name]: a.value } };
    case 'clear':
      return EMPTY;
  }
}

function restore(): Draft {
  try {
    const saved = sessionStorage.getItem(KEY);
    if (!saved) return EMPTY;
    const d = JSON.parse(saved) as Draft;
    // A page being read again (rotated) still has its earlier reading: that one survives.
    return { ...EMPTY, ...d, pages: d.pages.filter((p) => p.status !== 'reading' || p.page).map((p) => (p.status === 'reading' ? { ...p, status: 'ready' } : p)) };
  } catch {
    return EMPTY;
  }
}

export function useCounterDraft() {
  const [draft, dispatch] = useReducer(reduce, undefined, restore);
  useEffect(() => {
    if (draft === EMPTY) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify(draft));
  }, [draft]);
  const clear = useCallback(() => dispatch({ type: 'clear' }), []);
  return { draft, dispatch, clear };
}

export type DraftDispatch = ReturnType<typeof useCounterDraft>['dispatch'];
