// The audit chain: every state change appends a row in the caller's transaction; each row's hash
// covers its content and the previous row's hash, so changing or removing any row breaks every
// hash after it. The database also refuses UPDATE/DELETE/TRUNCATE (migration 0001).
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEventsTable, DB } from '../../db/schema';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);
const APPEND_LOCK = 7_106_002; // serialises appends so two writers never fork the chain

export interface AuditInput {
  readonly at: Date;
  readonly actorKind: AuditEventsTable['actor_kind'];
  readonly actorId: string | null;
  readonly action: string;
  readonly subjectType?: string | null;
  readonly subjectId?: string | null;
  readonly data?: Record<string, unknown>;
}

function hashOf(prevHash: string, e: Required<Omit<AuditInput, 'at'>> & { at: Date }): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorKind: e.actorKind,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    data: e.data,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export async function appendAudit(trx: Transaction<DB>, input: AuditInput): Promise<string> {
  await sql`select pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const e = {
    at: new Date(input.at.getTime()),
    actorKind: input.actorKind,
    actorId: input.actorId,
    action: input.action,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    data: input.data ?? {},
  };
  const hash = hashOf(prevHash, e);
  await trx
    .insertInto('audit_events')
    .values({
      at: e.at,
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      action: e.action,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      data: JSON.stringify(e.data),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return hash;
}

export type ChainVerdict =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenAtSeq: number; reason: 'prev_hash' | 'hash' };

/** Walks the whole chain in pages and names the first broken link. */
export async function verifyAuditChain(db: Kysely<DB>, pageSize = 5_000): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let afterSeq = 0;
  let rows = 0;
  for (;;) {
    const page = await db.selectFrom('audit_events').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(pageSize).execute();
    for (const r of page) {
      rows++;
      if (r.prev_hash !== prev) return { ok: false, rows, brokenAtSeq: r.seq, reason: 'prev_hash' };
      const expected = hashOf(prev, {
        at: r.at,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        data: r.data,
      });
      if (expected !== r.hash) return { ok: false, rows, brokenAtSeq: r.seq, reason: 'hash' };
      prev = r.hash;
      afterSeq = r.seq;
    }
    if (page.length < pageSize) return { ok: true, rows, lastHash: prev };
  }
}
