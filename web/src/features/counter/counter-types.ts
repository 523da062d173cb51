// What the counter screens pass around, derived from the API's types.
import type { CapturedPage } from '@onetrip/api';
import type { RouterOutputs } from '../../lib/api-types';

export type { CapturedPage };
export type TodayView = RouterOutputs['appointments']['today'];
export type TodayAppointment = TodayView['slots'][number]['appointments'][number];
export type ApplicantView = RouterOutputs['counter']['lookup'];
export type Prepared = RouterOutputs['counter']['prepare'];
export type ChecklistLine = Prepared['checklist']['items'][number];
export type Receipt = RouterOutputs['counter']['accept'];
export type CapturedField = CapturedPage['fields'][number];
export type QuarterTurn = 90 | 180 | 270;

/** One page on the clerk's desk: being read, read, or refused. */
export interface DraftPage {
  readonly localId: string;
  readonly fileName: string;
  readonly status: 'reading' | 'ready' | 'failed';
  readonly errorCode?: string;
  readonly page?: CapturedPage;
  readonly materialId: string | null;
  /** the page as first read and the clerk's turn of it, once turned (every turn starts from that first reading) */
  readonly turnedFrom?: { readonly page: CapturedPage; readonly degrees: QuarterTurn };
  /** keys of uncertain fields the clerk confirmed */
  readonly confirmed: readonly string[];
  /** the clerk's corrections, by field key */
  readonly edited: Readonly<Record<string, string>>;
}
