// Audit for supervisors: search pages, the chain's verification, and every row of a search for
// the SPA's CSV or XLSX export (bounded: beyond the bound the supervisor narrows the filters).
import type { Services } from '../../trpc/context';
import { verifyAuditChain } from '../audit/audit.repository';
import { auditRows, type AuditFilters } from './audit-search.query';
import type { AuditSearchInput } from './supervision.schemas';

/** An export is answered in one response; beyond this the supervisor narrows the filters. */
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

export async function exportAuditRows(services: Services, filters: AuditFilters, maxRows = AUDIT_EXPORT_MAX_ROWS) {
  const rows = (await auditRows(services.database.db, filters, null, maxRows + 1)).map(view);
  return { items: rows.slice(0, maxRows), truncatedAt: rows.length > maxRows ? maxRows : null };
}
