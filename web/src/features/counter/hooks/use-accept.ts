// Acceptance (受理): waits for the server (no optimistic flip); one idempotency key per attempt,
// so a double click or a retry after a lost answer accepts once. Then the receipt is printed and
// the booking marked done. The one-time notice is the other ending, and keeps the draft.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeFormInput } from '@onetrip/workflows';
import { useRef } from 'react';
import { appCodeOf } from '../../../lib/app-error';
import { useTRPC } from '../../../lib/trpc';
import { materialsOf } from '../accept-materials';
import type { DraftPage } from '../counter-types';

export function downloadPdf(doc: { fileName: string; pdfBase64: string }): void {
  const bytes = Uint8Array.from(atob(doc.pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useAccept() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const attemptKey = useRef<string | null>(null);
  const receiptPdf = useMutation(trpc.counter.receiptPdf.mutationOptions());
  const markDone = useMutation(trpc.appointments.markDone.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appointments.today.queryKey() }) }));
  const accept = useMutation(
    trpc.counter.accept.mutationOptions({
      // A coded refusal wrote nothing: the next attempt (after fixing it) is a new one. Without an
      // answer we do not know, so the retry keeps the key and the server accepts at most once.
      onError: (error) => {
        if (appCodeOf(error)) attemptKey.current = null;
      },
      onSuccess: async (receipt) => {
        attemptKey.current = null;
        const doc = await receiptPdf.mutateAsync({ applicationId: receipt.applicationId });
        downloadPdf(doc);
      },
    }),
  );
  const notice = useMutation(trpc.counter.noticePdf.mutationOptions({ onSuccess: downloadPdf }));

  return {
    accept: (form: IntakeFormInput, pages: readonly DraftPage[], appointmentId: string | null) => {
      if (accept.isPending) return;
      attemptKey.current ??= crypto.randomUUID();
      accept.mutate(
        { form, materials: materialsOf(pages), idempotencyKey: attemptKey.current },
        { onSuccess: (receipt) => appointmentId && markDone.mutate({ appointmentId, applicationId: receipt.applicationId }) },
      );
    },
    acceptState: accept,
    receiptPdf,
    reprint: () => accept.data && receiptPdf.mutateAsync({ applicationId: accept.data.applicationId }).then(downloadPdf),
    notice,
    markDone,
    reset: () => {
      attemptKey.current = null;
      accept.reset();
      receiptPdf.reset();
      markDone.reset();
      notice.reset();
    },
  };
}
