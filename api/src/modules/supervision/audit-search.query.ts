// Searching the audit chain: by application, by person (their applications, their person record
// and what they did themselves), by staff member (as actor or as subject) and by time, newest
// first with a keyset cursor on seq.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditSearchInput } from './supervision.schemas';

export type AuditFilters = Omit<AuditSearchInput, 'cursor' | 'limit'>;

export function auditRows(db: Kysely<DB>, f: AuditFilters, cursor: number | null | undefined, limit: number) {
  let q = db.selectFrom('audit_events as e').select(['e.seq', 'e.at', 'e.actor_kind', 'e.actor_id', 'e.action', 'e.subject_type', 'e.subject_id', 'e.data', 'e.hash', 'e.prev_hash']);
  if (f.applicationId) q = q.where('e.subject_type', '=', 'application').where('e.subject_id', '=', f.applicationId);
  if (f.idNumber) {
    const id = f.idNumber.toUpperCase();
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('e.subject_type', '=', 'person'), eb('e.subject_id', '=', id)]),
        eb.and([eb('e.actor_kind', '=', 'applicant'), eb('e.actor_id', '=', id)]),
        eb.and([eb('e.subject_type', '=', 'application'), eb('e.subject_id', 'in', eb.selectFrom('applications').select('id').where('applicant_id', '=', id))]),
      ]),
    );
  }
  if (f.staffId) {
    const staffId = f.staffId;
    q = q.where((eb) => eb.or([eb.and([eb('e.actor_kind', '=', 'staff'), eb('e.actor_id', '=', staffId)]), eb.and([eb('e.subject_type', '=', 'staff'), eb('e.subject_id', '=', staffId)])]));
  }
  if (f.from) q = q.where('e.at', '>=', new Date(`${f.from}T00:00:00+08:00`));
  if (f.to) q = q.where('e.at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`);
  if (cursor) q = q.where('e.seq', '<', cursor);
  return q.orderBy('e.seq', 'desc').limit(limit).execute();
}
