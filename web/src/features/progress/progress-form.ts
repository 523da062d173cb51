// The progress lookup's two fields, checked in the browser with the API's own schema before
// anything is sent: every lookup counts against the per-receipt limit, so a typo should not.
import { progressQuerySchema, type ProgressQuery } from '@onetrip/workflows';

export interface ProgressFormValues {
  readonly receiptNo: string;
  readonly idLast4: string;
}

export type ProgressFormErrors = Partial<Record<keyof ProgressFormValues, string>>;

/** The query to send, or for each field the translation key of what is wrong with it. */
export function readProgressForm(values: ProgressFormValues): { ok: true; query: ProgressQuery } | { ok: false; errors: ProgressFormErrors } {
  const parsed = progressQuerySchema.safeParse(values);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: ProgressFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'receiptNo' || field === 'idLast4') && !errors[field]) errors[field] = `errors.${issue.message}`;
  }
  return { ok: false, errors };
}

/** The receipt number a QR code brought in the address (`/progress?receipt=…`), or ''. */
export function receiptFromSearch(search: string): string {
  return (new URLSearchParams(search).get('receipt') ?? '').trim().slice(0, 32);
}
