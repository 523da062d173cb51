// Audit for supervisors: search pages, the chain's verification, and a CSV of a search.
import type { Services } from '../../trpc/context';
import { verifyAuditChain } from '../audit/audit.repository';
import { auditRows, type AuditFilters } from './audit-search.query';
import type { AuditSearchInput } from './supervision.schemas';
import { toCsv } from '@onetrip/workflows';

/** A CSV is generated in one answer; beyond this the supervisor narrows the filters. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

type AuditRow = Awaited<ReturnType<typeof auditRows>>[number];

function view(r: AuditRow) {
  return {
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    data: r.data as Record<string, unknown>,
    hash: r.hash,
  };
}

export async function searchAudit(services: Services, input: AuditSearchInput) {
  const { cursor, limit, ...filters } = input;
  const rows = await auditRows(services.database.db, filters, cursor, limit + 1);
  const page = rows.slice(0, limit).map(view);
  return { items: page, nextCursor: rows.length > limit ? (page.at(-1)?.seq ?? null) : null };
}

export function verifyChain(services: Services) {
  return verifyAuditChain(services.database.db);
}

export async function exportAuditCsv(services: Services, filters: AuditFilters) {
  const rows = (await auditRows(services.database.db, filters, null, AUDIT_EXPORT_MAX_ROWS + 1)).map(view);
  const truncated = rows.length > AUDIT_EXPORT_MAX_ROWS;
  const header = ['seq', 'at', 'actor_kind', 'actor_id', 'action', 'subject_type', 'subject_id', 'data', 'hash'];
  const body = rows.slice(0, AUDIT_EXPORT_MAX_ROWS).map((r) => [r.seq, r.at, r.actorKind, r.actorId, r.action, r.subjectType, r.subjectId, JSON.stringify(r.data), r.hash]);
  return { csv: toCsv([header, ...body]), rows: body.length, truncated };
}
