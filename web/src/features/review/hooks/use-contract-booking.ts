// Booking the contract signing for a loan whose approval letter is out: the bank window and the
// day, checked as typed, sent once and shown only when the server has recorded it.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { shanghaiDate } from '@onetrip/workflows';
import { useMe } from '../../auth/hooks/use-session';
import { useTRPC } from '../../../lib/trpc';
import type { ApplicationDetail } from '../application-view';
import { firstSignDate, signDateProblem } from '../contract-booking';
import { useOfficesQuery } from '../review.queries';
import { useInvalidateReview } from './use-invalidate-review';

// The roles the API grants `loan.contract` (api/src/modules/auth/permissions.ts); others only see it.
const MAY_BOOK = new Set(['clerk', 'approver']);

export function useContractBooking(detail: ApplicationDetail) {
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateReview();
  const offices = useOfficesQuery();
  const today = shanghaiDate(new Date());
  const [windowId, setWindowId] = useState('');
  const [signOn, setSignOn] = useState<string>(() => firstSignDate(today));
  const mutation = useMutation(trpc.loans.bookContract.mutationOptions({ onSuccess: () => invalidate(detail.id) }));

  const dateProblem = signDateProblem(signOn, today);
  const booking = detail.contractBooking;
  const bookedWindow = booking ? (offices.data ?? []).flatMap((o) => o.windows.map((w) => ({ office: o, window: w }))).find((x) => x.window.id === booking.windowId) ?? null : null;
  const canBook = detail.status === 'letter_issued' && MAY_BOOK.has(me.role);

  return {
    offices,
    today,
    windowId,
    setWindowId,
    signOn,
    setSignOn,
    dateProblem,
    canBook,
    booking,
    bookedWindow,
    pending: mutation.isPending,
    error: mutation.error,
    book: () => {
      if (mutation.isPending || !windowId || dateProblem) return;
      mutation.mutate({ applicationId: detail.id, version: detail.version, windowId, signOn });
    },
  };
}
