// The notify.* handlers on both databases: each kind renders its message, goes by SMS and (when
// bound) WeChat, and a job that runs twice — a lost lease — sends once. The developer inbox
// exists only while DEV_INBOX is on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { createTestDatabase, testTargets, type TestDatabase } from '../../testing/test-databases';
import { claimedJob } from '../../testing/claimed-job';
import { browser, testServices } from '../../testing/test-services';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { notifierFor } from './notification-adapter';
import { notifyHandler, type NotifyKind } from './notification-jobs';

describe.each(await testTargets())('notifications on $kind', ({ kind, skip }) => {
  let t: TestDatabase;
  let services: ReturnType<typeof testServices>;
  const appId = randomUUID();
  const mobile = '13800001000';
  let jobId = 1000;
  const run = (k: NotifyKind, payload: Record<string, unknown>, id = ++jobId) =>
    notifyHandler(services, notifierFor(services), k)(claimedJob({ id, kind: k, payload: { applicationId: appId, ...payload }, attempts: 1 }));
  const sent = (template: string) => t.database.db.selectFrom('notification_messages').selectAll().where('template', '=', template).orderBy('id').execute();

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDatabase(kind);
    await t.database.db.transaction().execute((trx) => seedApplicantFixtures(trx));
    services = testServices(t.database);
    const now = services.clock();
    await t.database.db
      .insertInto('applications')
      .values({
        id: appId, receipt_no: 'SL20261120DL0042', business_type: 'withdrawal.rent', applicant_kind: 'person', applicant_id: PEOPLE.renter.idNumber,
        applicant_name: PEOPLE.renter.name, account_no: 'A-RENTER', channel: 'online', office_id: 'HRB-DL', window_id: null, status: 'transferred',
        route: '["review_1"]', amount_fen: 1_000_000, form: JSON.stringify({ applicant: { mobile } }), checklist: '[]', auto_checks: '[]',
        missing_items: '[]', reason_codes: '[]', sla_working_days: 3, due_on: '2026-11-25', created_at: now, updated_at: now,
      })
      .execute();
    await t.database.db.insertInto('wechat_bindings').values({ id_number: PEOPLE.renter.idNumber, openid: 'oWX-renter', bound_at: now }).execute();
    await t.database.db
      .insertInto('transfers')
      .values({
        id: 'T-1', application_id: appId, account_no: 'A-RENTER', id_number: PEOPLE.renter.idNumber, payee_name: PEOPLE.renter.name,
        card_no: '6222020200112233445', bank_id: 'ICBC', amount_fen: 1_000_000, idempotency_key: 'T-1', status: 'succeeded',
        bank_reference: 'B1', bank_code: null, value_date: '2026-11-23', last_error: null, last_action_by: null, created_at: now, updated_at: now, settled_at: now,
      })
      .execute();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.skipIf(!!skip)('sends each kind by SMS and WeChat, with the receipt and the business', async () => {
    await run('notify.approved', {});
    await run('notify.rejected', {});
    await run('notify.transfer_done', { transferId: 'T-1' });
    await run('notify.letter_issued', { sha256: 'f'.repeat(64) });
    const approved = await sent('approved');
    expect(approved.map((m) => [m.channel, m.recipient])).toEqual([['sms', mobile], ['wechat', 'oWX-renter']]);
    expect(approved[0]!.text_zh).toContain('SL20261120DL0042');
    expect(approved[0]!.text_zh).toContain('租房提取');
    expect(approved[0]!.text_zh).toContain('自动转入');
    expect((await sent('rejected'))[0]!.text_zh).toContain('未获批准');
    const done = (await sent('transfer_done'))[0]!.text_zh;
    expect(done).toContain('10,000.00元');
    expect(done).toContain('尾号3445');
    expect(done).toContain('2026年11月23日');
    const letter = (await sent('letter_issued'))[0]!.text_zh;
    expect(letter).toContain('贷款审批书已出具');
    expect(letter).toContain('SL20261120DL0042');
  });

  it.skipIf(!!skip)('a job run twice (lost lease) sends once', async () => {
    await run('notify.accepted', {}, 77);
    await run('notify.accepted', {}, 77);
    expect(await sent('accepted')).toHaveLength(2); // one SMS, one WeChat
    await run('notify.accepted', {}, 78); // another job is another message
    expect(await sent('accepted')).toHaveLength(4);
  });

  it.skipIf(!!skip)('the developer inbox answers NOT_FOUND when DEV_INBOX is off', async () => {
    const on = await (await browser(services).caller()).notifications.inbox({ mobile, limit: 2 });
    expect(on).toHaveLength(2);
    expect(on[0]!.sentAt >= on[1]!.sentAt).toBe(true);
    const off = browser({ ...services, config: { ...services.config, DEV_INBOX: false } });
    const err = await (await off.caller()).notifications.inbox({ limit: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect(err).toMatchObject({ code: 'NOT_FOUND', appCode: 'common.not_found' });
  });
});
