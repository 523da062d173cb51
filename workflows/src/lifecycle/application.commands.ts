// Commands that move an application. Claiming a task is a queue concern and is not here; every
// command carries the version the actor saw so a stale screen cannot overwrite a newer decision.
import type { MissingItem } from './application.types';

interface Versioned {
  readonly expectedVersion: number;
  readonly comment?: string;
}

export type Command =
  | (Versioned & { readonly type: 'accept' })
  /** Issued by the system once automatic checks ran; their failures route to a person. */
  | (Versioned & { readonly type: 'start_review'; readonly autoCheckFailures: readonly string[] })
  | (Versioned & { readonly type: 'approve' })
  | (Versioned & { readonly type: 'reject'; readonly reasonCodes: readonly string[] })
  | (Versioned & { readonly type: 'return_for_supplement'; readonly missingItems: readonly MissingItem[] })
  | (Versioned & { readonly type: 'resubmit' })
  | (Versioned & { readonly type: 'withdraw'; readonly reasonCodes?: readonly string[] })
  | (Versioned & { readonly type: 'schedule_transfer' })
  | (Versioned & { readonly type: 'transfer_succeeded'; readonly bankReference: string })
  | (Versioned & { readonly type: 'transfer_failed'; readonly bankCode: string })
  | (Versioned & { readonly type: 'retry_transfer' })
  | (Versioned & { readonly type: 'reverse_transfer'; readonly reasonCodes: readonly string[] })
  | (Versioned & { readonly type: 'issue_approval_letter' })
  | (Versioned & { readonly type: 'book_contract'; readonly branchId: string; readonly date: string })
  | (Versioned & { readonly type: 'disburse'; readonly bankReference: string })
  | (Versioned & { readonly type: 'close' });

export type CommandType = Command['type'];

export const COMMAND_TYPES = [
  'accept',
  'start_review',
  'approve',
  'reject',
  'return_for_supplement',
  'resubmit',
  'withdraw',
  'schedule_transfer',
  'transfer_succeeded',
  'transfer_failed',
  'retry_transfer',
  'reverse_transfer',
  'issue_approval_letter',
  'book_contract',
  'disburse',
  'close',
] as const satisfies readonly CommandType[];
