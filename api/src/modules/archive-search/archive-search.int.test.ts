// Archive search on both databases: page texts indexed per application (as the page capture
// does, inside its transaction) are found by a Chinese phrase through the tRPC procedure, with
// a snippet, one row per application; wildcards in the phrase are literal; case.read is needed.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedOrganisation } from '../../seed/organisation';
import { appCodeOf } from '../../testing/app-code';
import { testTargets } from '../../testing/test-databases';
import { browser } from '../../testing/test-services';
import { useTestDatabase } from '../../testing/use-test-database';
import { indexPageTexts } from './archive-search.service';
import { searchArchive } from './archive-search.query';

const AT = new Date('2026-11-20T02:00:00Z');
const sha = (n: number): string => n.toString(16).padStart(64, '0');

describe.each(await testTargets())('archive search on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, async (trx) => {
    await seedOrganisation(trx);
    for (const [i, name] of ['杨海燕', '孙秀英'].entries()) {
      const created = new Date(AT.getTime() + i * 60_000);
      await trx.insertInto('applications').values({
        id: `APP-ARCH-${i + 1}`, receipt_no: `GJJ-2026-00012${i}`, business_type: 'withdrawal.medical', applicant_kind: 'person', applicant_id: `34010419601116496${i}`,
        applicant_name: name, channel: 'counter', office_id: 'HRB-DL', status: 'in_review', step: 'review_1', route: JSON.stringify(['review_1']), form: '{}',
        checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 5, accepted_at: created, created_at: created, updated_at: created,
      }).execute();
    }
    await indexPageTexts(trx, [{ applicationId: 'APP-ARCH-1', materialKind: 'id_card_front', pageSha256: sha(1), text: '姓名 杨海燕\n性别 女 民族 壮\n住址 安徽省合肥市蜀山区芙蓉\n路92号和平苑20栋2334室' }], AT);
    await indexPageTexts(trx, [{ applicationId: 'APP-ARCH-1', materialKind: 'hospital_invoice', pageSha256: sha(2), text: '医疗机构: 合肥市第一人民医院 合计 100% 自付' }], AT);
    await indexPageTexts(trx, [{ applicationId: 'APP-ARCH-2', materialKind: 'discharge_summary', pageSha256: sha(3), text: '合肥市第一人民医院\n出院记录\n姓名:孙秀英 入院日期: 2025年8月17日' }], AT);
  });

  const clerk = async () => {
    const b = browser(h.services);
    await (await b.caller()).auth.login({ username: 'clerk01', password: DEMO_PASSWORD });
    return b.caller();
  };

  it.skipIf(!!skip)('finds the application by a phrase that a line break split on the page, with a snippet', async () => {
    const hits = await (await clerk()).archive.search({ phrase: '合肥市蜀山区芙蓉路92号' });
    expect(hits).toEqual([expect.objectContaining({ applicationId: 'APP-ARCH-1', applicantName: '杨海燕', materialKind: 'id_card_front', pageSha256: sha(1) })]);
    expect(hits[0]!.snippet).toContain('合肥市蜀山区芙蓉路92号');
  });

  it.skipIf(!!skip)('returns one row per application, newest first, and a two-character name', async () => {
    const hits = await (await clerk()).archive.search({ phrase: '第一人民医院' });
    expect(hits.map((x) => x.applicationId)).toEqual(['APP-ARCH-2', 'APP-ARCH-1']);
    expect((await searchArchive(h.db, '孙秀英', { limit: 5 })).map((x) => x.applicationId)).toEqual(['APP-ARCH-2']);
    expect(await searchArchive(h.db, '出院 记录', { limit: 5 })).toHaveLength(1);
  });

  it.skipIf(!!skip)('treats % and _ literally and re-indexing a page replaces its text', async () => {
    expect((await searchArchive(h.db, '100%', { limit: 5 })).map((x) => x.applicationId)).toEqual(['APP-ARCH-1']);
    expect(await searchArchive(h.db, '1_0', { limit: 5 })).toEqual([]);
    await h.db.transaction().execute((trx) => indexPageTexts(trx, [{ applicationId: 'APP-ARCH-2', materialKind: 'discharge_summary', pageSha256: sha(3), text: '安徽省立医院 出院记录' }], AT));
    expect(await searchArchive(h.db, '孙秀英', { limit: 5 })).toEqual([]);
  });

  it.skipIf(!!skip)('can serve a phrase search from the trigram index', async () => {
    // Three rows make a sequential scan cheaper, so the planner is told not to take it.
    const plan = await h.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return sql<{ 'QUERY PLAN': string }>`explain select 1 from archive_page_texts where text like ${'%合肥市第一%'}`.execute(trx);
    });
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('archive_page_texts_trgm');
  });

  it.skipIf(!!skip)('needs case.read', async () => {
    const b = browser(h.services);
    expect(await appCodeOf((await b.caller()).archive.search({ phrase: '杨海燕' }))).toBe('auth.required');
    await (await b.caller()).auth.login({ username: 'admin01', password: DEMO_PASSWORD });
    expect(await appCodeOf((await b.caller()).archive.search({ phrase: '杨海燕' }))).toBe('auth.forbidden');
  });
});
