// The SLA clock of one application from its stored acceptance and pauses (workflows' sla-clock
// does the counting; this only gathers the inputs).
import type { Kysely, Transaction } from 'kysely';
import { policyAt, shanghaiDate, slaDeadline, slaStatus, type SlaCase, type SlaStatus } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import type { ReferenceData } from '../../reference/reference-data';

export async function slaCaseOf(db: Kysely<DB> | Transaction<DB>, applicationId: string, acceptedAt: Date, workingDays: number, ref: ReferenceData): Promise<SlaCase> {
  const pauses = await db.selectFrom('sla_pauses').select(['paused_at', 'resumed_at']).where('application_id', '=', applicationId).orderBy('paused_at').execute();
  return {
    ...unpausedSlaCase(acceptedAt, workingDays, ref),
    pauses: pauses.map((p) => (p.resumed_at ? { from: p.paused_at, to: p.resumed_at } : { from: p.paused_at })),
  };
}

/** The clock of an application that has never waited for a supplement (e.g. at acceptance). */
export function unpausedSlaCase(acceptedAt: Date, workingDays: number, ref: ReferenceData): SlaCase {
  return { acceptedAt, workingDays, counterHours: policyAt(ref.policy, 'counterHours', shanghaiDate(acceptedAt)), pauses: [] };
}

export function deadlineOf(c: SlaCase, ref: ReferenceData, now: Date): string {
  return slaDeadline(ref.calendar, c, now);
}

export function statusOf(c: SlaCase, ref: ReferenceData, now: Date): SlaStatus {
  return slaStatus(ref.calendar, c, now);
}
