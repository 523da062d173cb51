// The public progress lookup (issue 4 item 7): receipt number + last 4 of the ID number → where
// the application is, the promised date and the steps so far with their dates. Nothing more
// personal: no names (neither the applicant's nor the staff's), no amounts, no reasons. An
// unknown receipt and a wrong last-4 are the same NOT_FOUND, and both count against the limits,
// so the answer never tells whether a receipt or a person exists.
import { businessType, isBusinessTypeCode, type Localized, type ProgressQuery } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { takeHit, type Limit } from '../rate-limit/sliding-window';
import { statusWords } from './status-words';

const PER_CALLER: readonly Limit[] = [{ max: 20, windowMs: 60_000 }];
// A known receipt's last-4 has 11,000 values: this makes guessing it take days, not minutes.
const PER_RECEIPT: readonly Limit[] = [
  { max: 20, windowMs: 60_000 },
  { max: 60, windowMs: 3_600_000 },
];

export interface ProgressStep {
  readonly at: string;
  readonly status: string;
  readonly step: string | null;
  readonly words: Localized;
}

export interface Progress {
  readonly receiptNo: string;
  readonly businessType: string;
  readonly businessName: Localized;
  readonly status: string;
  readonly step: string | null;
  readonly words: Localized;
  /** the promised decision date; null before acceptance and while waiting for a supplement */
  readonly promisedOn: string | null;
  readonly history: readonly ProgressStep[];
}

interface Position {
  readonly status: string;
  readonly step: string | null;
}

export async function lookupProgress(services: Pick<Services, 'database' | 'clock'>, clientIp: string, query: ProgressQuery): Promise<Progress> {
  const db = services.database.db;
  const now = services.clock();
  await takeHit(db, `progress.caller:${clientIp}`, now, PER_CALLER);
  await takeHit(db, `progress.receipt:${query.receiptNo}`, now, PER_RECEIPT);
  const app = await db
    .selectFrom('applications')
    .select(['id', 'receipt_no', 'business_type', 'applicant_id', 'status', 'step', 'due_on'])
    .where('receipt_no', '=', query.receiptNo)
    .executeTakeFirst();
  if (!app || !app.applicant_id.toUpperCase().endsWith(query.idLast4)) throw new AppError('NOT_FOUND', 'progress.not_found');

  // The audit chain already holds every state change with its time; only the positions are read.
  const events = await db
    .selectFrom('audit_events')
    .select(['at', 'data'])
    .where('subject_type', '=', 'application')
    .where('subject_id', '=', app.id)
    .where('action', 'like', 'application.%')
    .orderBy('seq')
    .execute();
  const history = events.flatMap((e): ProgressStep[] => {
    const to = (e.data as { to?: Position }).to;
    return to ? [{ at: e.at.toISOString(), status: to.status, step: to.step, words: statusWords(to.status, to.step) }] : [];
  });
  const name = isBusinessTypeCode(app.business_type) ? businessType(app.business_type).name : { zh: app.business_type, en: app.business_type };
  return {
    receiptNo: app.receipt_no!,
    businessType: app.business_type,
    businessName: name,
    status: app.status,
    step: app.step,
    words: statusWords(app.status, app.step),
    promisedOn: app.status === 'returned_for_supplement' ? null : app.due_on,
    history,
  };
}
