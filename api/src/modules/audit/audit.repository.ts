// The audit chain: every state change appends a row in the caller's transaction; each row's hash
// covers its content and the previous row's hash, so changing or removing any row breaks every
// hash after it. The database also refuses UPDATE/DELETE/TRUNCATE (migration 0001).
//
// The chain's head is one row (migration 0015). An append is one statement for any number of
// rows: it updates the head — the row lock is what serialises writers, so the chain never forks —
// computing the new hashes in SQL from the head's hash and each row's canonical body, and inserts
// the rows in order. The lock lasts until the caller commits, so hot transactions collect their
// rows — and the writes that need no answer before the commit — in a WriteBatch and write them
// as their last statement (withWriteBatch).
import { createHash } from 'node:crypto';
import { sql, type Kysely, type OperationNodeSource, type Transaction } from 'kysely';
import type { AuditEventsTable, DB } from '../../db/schema';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  readonly at: Date;
  readonly actorKind: AuditEventsTable['actor_kind'];
  readonly actorId: string | null;
  readonly action: string;
  readonly subjectType?: string | null;
  readonly subjectId?: string | null;
  readonly data?: Record<string, unknown>;
}

type AuditEvent = Required<Omit<AuditInput, 'at'>> & { at: Date };

/** What a row's hash covers besides the previous hash (the verifier recomputes it from the row). */
function bodyOf(e: AuditEvent): string {
  return canonicalJson({
    at: e.at.toISOString(),
    actorKind: e.actorKind,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    data: e.data,
  });
}

/** sha256(prev hash, newline, body) as hex — the append computes the same in SQL (audit_chain_hashes). */
function hashOf(prevHash: string, e: AuditEvent): string {
  return createHash('sha256').update(prevHash).update('\n').update(bodyOf(e)).digest('hex');
}

/** A data-modifying statement the transaction ends with, run inside the audit append's statement. */
export interface TailWrite {
  /** an INSERT or UPDATE built on the transaction (embedded as a CTE; RETURNING needed when `expectRows` is set) */
  readonly statement: OperationNodeSource;
  /** the rows it must return; otherwise the whole transaction fails with `mismatch()` */
  readonly expectRows?: number;
  readonly mismatch?: () => Error;
}

/**
 * Runs `writes` and appends the audit rows in order, all in one statement; returns the rows' hashes.
 * Every CTE of one statement sees the same snapshot and none reads another's rows, so the writes
 * must be independent of each other (they are: a row update, outbox jobs, an idempotency answer).
 */
export async function appendAudits(trx: Transaction<DB>, inputs: readonly AuditInput[], writes: readonly TailWrite[] = []): Promise<string[]> {
  if (inputs.length === 0 && writes.length === 0) return [];
  const rows = inputs.map((input) => {
    const e: AuditEvent = {
      at: new Date(input.at.getTime()),
      actorKind: input.actorKind,
      actorId: input.actorId,
      action: input.action,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      data: input.data ?? {},
    };
    return { ...e, at: e.at.toISOString(), body: bodyOf(e) };
  });
  const ctes = writes.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w.statement})`);
  if (rows.length > 0) {
    ctes.push(sql`
    input as (
      select r.n, r.e from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as r(e, n)
    ),
    bodies as (select array_agg(e ->> 'body' order by n) as b from input),
    head as (
      update audit_chain_head
      set prev_hash = hash, hash = (select hashes[cardinality(hashes)] from (select audit_chain_hashes(hash, b) as hashes from bodies) h)
      returning prev_hash
    ),
    chain as (select head.prev_hash as before, audit_chain_hashes(head.prev_hash, bodies.b) as hashes from head, bodies),
    appended as (
      insert into audit_events (at, actor_kind, actor_id, action, subject_type, subject_id, data, prev_hash, hash)
      select (e ->> 'at')::timestamptz, e ->> 'actorKind', e ->> 'actorId', e ->> 'action', e ->> 'subjectType', e ->> 'subjectId', e -> 'data',
        case when n = 1 then chain.before else chain.hashes[n - 1] end, chain.hashes[n]
      from input, chain
      order by n
      returning seq, hash
    )`);
  }
  const counted = writes.flatMap((w, i) => (w.expectRows === undefined ? [] : [sql`(select count(*) from ${sql.raw(`w${i}`)})::int as ${sql.raw(`w${i}`)}`]));
  const hashes = rows.length > 0 ? sql`(select coalesce(json_agg(hash order by seq), '[]') from appended)` : sql`'[]'::json`;
  const { rows: result } = await sql<{ hashes: string[] } & Record<string, number>>`
    with ${sql.join(ctes)}
    select ${sql.join([sql`${hashes} as hashes`, ...counted])}`.execute(trx);
  const out = result[0]!;
  writes.forEach((w, i) => {
    if (w.expectRows !== undefined && out[`w${i}`] !== w.expectRows) throw (w.mismatch ?? (() => new Error(`tail write ${i} changed ${out[`w${i}`]} rows, not ${w.expectRows}`)))();
  });
  if (out.hashes.length !== inputs.length) throw new Error('audit chain head missing (migration 0015)');
  return out.hashes;
}

export async function appendAudit(trx: Transaction<DB>, input: AuditInput): Promise<string> {
  const [hash] = await appendAudits(trx, [input]);
  return hash!;
}

/**
 * What a transaction writes last, collected while it works and written in one statement once the
 * work has succeeded: its audit rows (so the chain's lock is held only from there to the commit)
 * and the writes that need no answer before then — the application row's final state, outbox
 * jobs, the idempotency key's answer. A keyed write replaces an earlier one with the same key
 * (an application moved twice in one transaction is written once, in its final state).
 */
export class WriteBatch {
  private readonly pending: AuditInput[] = [];
  private readonly writes = new Map<string, TailWrite>();
  private unkeyed = 0;

  add(input: AuditInput): void {
    this.pending.push(input);
  }

  write(write: TailWrite, key?: string): void {
    this.writes.set(key ?? `#${this.unkeyed++}`, write);
  }

  async flush(trx: Transaction<DB>): Promise<void> {
    const writes = [...this.writes.values()];
    this.writes.clear();
    await appendAudits(trx, this.pending.splice(0), writes);
  }
}

/** Runs `work` with a batch and writes what it collected once `work` has succeeded. */
export async function withWriteBatch<T>(trx: Transaction<DB>, work: (batch: WriteBatch) => Promise<T>): Promise<T> {
  const batch = new WriteBatch();
  const result = await work(batch);
  await batch.flush(trx);
  return result;
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
