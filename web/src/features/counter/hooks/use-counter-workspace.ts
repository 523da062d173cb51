// The counter's logic in one place, so the page only lays out panels: today's queue and check-in,
// the applicant typed or called from the queue, the checklist for the chosen business, the pages,
// the form and acceptance.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isBusinessTypeCode, parseIdNumber, shanghaiDate, type BusinessTypeCode } from '@onetrip/workflows';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../lib/trpc';
import { useLookupQuery, usePrepareQuery, useTodayQuery } from '../counter.queries';
import type { TodayAppointment } from '../counter-types';
import { readiness } from '../draft-rules';
import { checkForm, detailsFromPages } from '../intake-form';
import { useAccept } from './use-accept';
import { useCounterDraft } from './use-counter-draft';
import { usePageCapture } from './use-page-capture';
import { usePageRotation } from './use-page-rotation';

export function useCounterWorkspace() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { draft, dispatch, clear } = useCounterDraft();
  const [typed, setTyped] = useState(draft.idNumber ?? '');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const idInput = useRef<HTMLInputElement>(null);

  const today = useTodayQuery();
  const checkIn = useMutation(
    trpc.appointments.checkIn.mutationOptions({
      onSuccess: (a) => {
        void queryClient.invalidateQueries({ queryKey: trpc.appointments.today.queryKey() });
        setTyped(a.idNumber);
        dispatch({ type: 'start', idNumber: a.idNumber, appointmentId: a.id, businessType: isBusinessTypeCode(a.businessType) ? a.businessType : null, answers: a.answers as Record<string, boolean> });
      },
    }),
  );

  // Caught as typed: a wrong check digit is a typo, not a lookup.
  const parsed = typed.length === 18 ? parseIdNumber(typed, shanghaiDate(new Date())) : null;
  const inputError = typed.length > 0 && typed.length !== 18 && !/^\d{0,17}[\dXx]?$/.test(typed) ? t('errors.id_number.format') : parsed && !parsed.ok ? t(`errors.${parsed.error}`) : null;
  const lookup = useLookupQuery(draft.idNumber);
  const prepareInput = draft.idNumber && draft.businessType ? { idNumber: draft.idNumber, businessType: draft.businessType, answers: { ...draft.answers } } : null;
  const prepare = usePrepareQuery(prepareInput);
  const lines = useMemo(() => prepare.data?.checklist.items ?? [], [prepare.data]);
  const capture = usePageCapture(dispatch, lines, draft.pages);
  const rotate = usePageRotation(dispatch);
  const accept = useAccept();

  // What OCR read fills the form once; the clerk's own typing wins afterwards.
  const fromPages = useMemo(() => detailsFromPages(draft.pages), [draft.pages]);
  const details = useMemo(() => ({ ...fromPages, ...Object.fromEntries(Object.entries(draft.details).filter(([, v]) => v !== '')) }), [fromPages, draft.details]);
  const { form, invalid } = checkForm(draft.businessType, { idNumber: draft.idNumber ?? '', name: lookup.data?.name ?? '' }, details, draft.answers);
  const eligible = Boolean(prepare.data) && !prepare.data?.eligibility.failures.length;
  const ready = readiness(lines, draft.pages, form !== null, eligible && Boolean(lookup.data));

  useEffect(() => {
    if (!selectedId && draft.pages.some((p) => p.status === 'ready')) setSelectedId(draft.pages.find((p) => p.status === 'ready')!.localId);
  }, [draft.pages, selectedId]);

  return {
    draft,
    dispatch,
    today,
    checkIn: (a: TodayAppointment) => checkIn.mutate({ appointmentId: a.id }),
    checkInPendingId: checkIn.isPending ? checkIn.variables.appointmentId : null,
    checkInError: checkIn.error,
    typed,
    setTyped: (v: string) => setTyped(v.trim().toUpperCase()),
    inputError,
    idInput,
    lookupTyped: () => {
      if (!parsed?.ok) return;
      dispatch({ type: 'start', idNumber: typed, appointmentId: null, businessType: null, answers: {} });
    },
    lookup,
    prepare,
    lines,
    capture,
    rotate,
    selectedId,
    setSelectedId,
    details,
    invalid,
    ready,
    accept,
    onAccept: () => {
      if (form && lookup.data) accept.accept(form, draft.pages, draft.appointmentId);
    },
    onNotice: () =>
      draft.idNumber &&
      draft.businessType &&
      accept.notice.mutate({ idNumber: draft.idNumber, businessType: draft.businessType, answers: { ...draft.answers }, missing: ready.missing.map((m) => m.materialId) }),
    setBusiness: (code: BusinessTypeCode | null) => dispatch({ type: 'business', businessType: code }),
    next: () => {
      accept.reset();
      clear();
      setTyped('');
      setSelectedId(null);
      idInput.current?.focus();
    },
    t,
  };
}
