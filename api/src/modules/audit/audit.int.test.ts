import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { appendAudit, verifyAuditChain, withWriteBatch } from './audit.repository';

describe.each(await testTargets())('audit chain on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    for (let i = 0; i < 30; i++) {
      await t.database.db.transaction().execute((trx) =>
        appendAudit(trx, {
          at: new Date(Date.UTC(2026, 10, 20, 1, 0, i)),
          actorKind: 'staff',
          actorId: `S00${i % 3}`,
          action: 'test.event',
          subjectType: 'application',
          subjectId: `A${i}`,
          data: { i, nested: { zeta: 1, alpha: [1, '二'] }, amountFen: 1_200_000 },
        }),
      );
    }
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('verifies an intact chain', async () => {
    expect(await verifyAuditChain(t.database.db, 7)).toMatchObject({ ok: true, rows: 30 });
  });

  it.skipIf(!!skip)('keeps one chain when batches and concurrent writers append (the head row serialises them)', async () => {
    const db = t.database.db;
    const before = await verifyAuditChain(db);
    const event = (i: number, j: number) => ({
      at: new Date(Date.UTC(2026, 10, 21, 1, 0, i)), actorKind: 'system' as const, actorId: null, action: 'test.batch', subjectType: 'application', subjectId: `B${i}-${j}`, data: { i, j, text: '中文 \\ "quoted"' },
    });
    // Eight transactions at once (on PostgreSQL each on its own connection), three rows each.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.transaction().execute((trx) =>
          withWriteBatch(trx, async (audit) => {
            for (let j = 0; j < 3; j++) audit.add(event(i, j));
          }),
        ),
      ),
    );
    const after = await verifyAuditChain(db, 4);
    expect(after).toMatchObject({ ok: true, rows: (before.ok ? before.rows : 0) + 24 });
    const head = await db.selectFrom('audit_chain_head').select('hash').executeTakeFirstOrThrow();
    expect(after.ok && after.lastHash).toBe(head.hash);
    // The rows of one batch are consecutive and in the order they were added.
    const rows = await db.selectFrom('audit_events').select(['seq', 'subject_id']).where('action', '=', 'test.batch').orderBy('seq').execute();
    for (let k = 0; k < rows.length; k += 3) expect(rows.slice(k, k + 3).map((r) => r.subject_id!.split('-')[1])).toEqual(['0', '1', '2']);
  });

  it.skipIf(!!skip)('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    const db = t.database.db;
    await expect(db.updateTable('audit_events').set({ action: 'x' }).where('seq', '=', 3).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('seq', '=', 3).execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_chain_head').execute()).rejects.toThrow(/append-only/);
  });

  it.skipIf(!!skip)('names the first broken link when a row is changed behind the app’s back', async () => {
    const db = t.database.db;
    // A DBA with superuser rights disables the trigger and edits row 12's data.
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
    await sql`update audit_events set data = jsonb_set(data, '{amountFen}', '1')::jsonb where seq = 12`.execute(db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
    expect(await verifyAuditChain(db, 5)).toEqual({ ok: false, rows: 12, brokenAtSeq: 12, reason: 'hash' });
  });
});
