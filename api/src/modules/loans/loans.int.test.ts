// After approval of a loan: the approval letter job prints, archives and records the letter once;
// the contract signing is booked at a bank window; the disbursement starts the center's loan.
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { seedCapturedPage } from '../../testing/captured-page.fixtures';
import { PEOPLE, seedApplicantFixtures } from '../applicants/applicant.fixtures';
import { applyCommand, SYSTEM_ACTOR } from '../applications/application-commands';
import { commandActor } from '../applications/staff-roles';
import { decideTask } from '../review/decide.service';
import { claim } from '../tasks/task.service';
import { applicationDetail } from '../applications/application-detail.query';
import { acceptAtCounter } from '../intake/intake.service';
import { prepareIntake } from '../intake/prepare.service';
import { fileFirstWithdrawal, FIRST_WITHDRAWAL } from './first-withdrawal.job';
import { approvalLetter, bookContractSigning, issueApprovalLetter, ISSUE_LETTER, recordDisbursement } from './loan-fulfilment.service';

describe.each(await testTargets())('loan after approval on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, async (trx) => {
    await seedApplicantFixtures(trx);
    await seedCapturedPage(trx, 'b'.repeat(64));
  }, { SHARING_SIM_LATENCY_MS: 0 });
  const as = (u: string) => h.staff(u);
  beforeEach(() => {
    if (!skip) h.services.clock.set('2026-11-20T02:00:00Z');
  });

  it.skipIf(!!skip)('letter once, contract booking, disbursement into a loan record', async () => {
    const db = h.db;
    const id = randomUUID();
    const now = h.services.clock();
    const form = { details: { termMonths: 240, housePriceFen: 100_000_000, home: 'first', borrowers: 'single', monthlyIncomeFen: 1_500_000, existingMonthlyDebtFen: 0, repaymentMethod: 'equal_installment' } };
    await db
      .insertInto('applications')
      .values({
        id, business_type: 'loan.purchase', applicant_kind: 'person', applicant_id: PEOPLE.homeOwner.idNumber, applicant_name: PEOPLE.homeOwner.name, account_no: 'A-HOME',
        channel: 'counter', office_id: 'HRB-DL', window_id: 'HRB-DL-W1', status: 'booked', route: JSON.stringify(['review_1', 'approval']), amount_fen: 30_000_000,
        form: JSON.stringify(form), checklist: '[]', auto_checks: '[]', missing_items: '[]', reason_codes: '[]', sla_working_days: 10, created_at: now, updated_at: now,
      })
      .execute();
    await db.transaction().execute(async (trx) => {
      const a = await applyCommand(trx, h.services, { applicationId: id, command: { type: 'accept', expectedVersion: 0 }, actor: commandActor(as('clerk01')), at: now });
      await applyCommand(trx, h.services, { applicationId: id, command: { type: 'start_review', expectedVersion: a.app.version, autoCheckFailures: [] }, actor: SYSTEM_ACTOR, at: now });
    });
    await db.updateTable('applications').set({ receipt_no: 'SL20261120DL9001' }).where('id', '=', id).execute();
    const decideStep = async (username: string) => {
      const task = await db.selectFrom('tasks').select('id').where('application_id', '=', id).where('status', '=', 'open').executeTakeFirstOrThrow();
      const c = await claim(h.services, as(username), String(task.id));
      const v = (await db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
      return decideTask(h.services, as(username), { taskId: c.taskId, version: v, decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: randomUUID() });
    };
    await decideStep('reviewer01');
    // The approver's screen shows the offer the letter will state, computed from the real balance.
    const detail = await applicationDetail(h.services, as('approver01'), id);
    expect(detail.loanOffer).toMatchObject({ amountFen: 30_000_000, termMonths: 240, quota: { binding: expect.any(String) } });
    expect(detail.loanOffer?.schedule?.firstPaymentFen).toBeGreaterThan(0);
    expect(detail.contractBooking).toBeNull();
    // An applicant the center has no record of gets the screen without an offer, not an error.
    await db.updateTable('applications').set({ applicant_id: '11010519491231002X' }).where('id', '=', id).execute();
    expect((await applicationDetail(h.services, as('approver01'), id)).loanOffer).toBeNull();
    await db.updateTable('applications').set({ applicant_id: PEOPLE.homeOwner.idNumber }).where('id', '=', id).execute();
    expect((await decideStep('approver01')).status).toBe('approved');

    // The approval wrote the letter job; running it twice issues one letter.
    expect(await db.selectFrom('jobs').select('kind').where('dedupe_key', '=', `${ISSUE_LETTER}:${id}`).executeTakeFirst()).toEqual({ kind: ISSUE_LETTER });
    const first = await issueApprovalLetter(h.services, id);
    expect(await issueApprovalLetter(h.services, id)).toEqual(first);
    const letter = await approvalLetter(h.services, id);
    const pdf = await PDFDocument.load(Buffer.from(letter.pdfBase64, 'base64'), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('住房公积金个人住房贷款审批书');
    expect(pdf.getKeywords()).toContain('SL20261120DL9001');
    const app = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(app.status).toBe('letter_issued');
    expect(await db.selectFrom('jobs').select('kind').where('dedupe_key', '=', `notify.letter_issued:${id}`).executeTakeFirst()).toBeTruthy();

    // Booking the signing: a working day after today, at an existing window.
    await expect(bookContractSigning(h.services, as('clerk01'), { applicationId: id, version: app.version, windowId: 'HRB-NG-W2', signOn: '2026-11-22' })).rejects.toMatchObject({ appCode: 'loan.sign_date_invalid' });
    const booked = await bookContractSigning(h.services, as('clerk01'), { applicationId: id, version: app.version, windowId: 'HRB-NG-W2', signOn: '2026-11-24' });
    expect(booked.status).toBe('contract_booked');
    expect((await applicationDetail(h.services, as('approver01'), id)).contractBooking).toEqual({ windowId: 'HRB-NG-W2', signOn: '2026-11-24', bookedAt: expect.any(String) as string });

    // 07:30 in Shanghai on the 24th is still the 23rd in UTC: the loan is disbursed on the Shanghai date.
    h.services.clock.set('2026-11-23T23:30:00Z');
    const disbursed = await recordDisbursement(h.services, { applicationId: id, bankReference: 'BOC-20261124-0001' });
    expect(disbursed.status).toBe('disbursed');
    const loan = await db.selectFrom('loans').selectAll().where('loan_no', '=', disbursed.loanNo).executeTakeFirstOrThrow();
    expect(loan).toMatchObject({ id_number: PEOPLE.homeOwner.idNumber, principal_fen: 30_000_000, outstanding_fen: 30_000_000, term_months: 240, status: 'active', disbursed_on: '2026-11-24' });
    expect(loan.monthly_payment_fen).toBeGreaterThan(0);
  });
  it.skipIf(!!skip)('a loan accepted at the counter: 初审 → 复审 → 审批 by three people, letter, contract, disbursement, then the agreed first withdrawal files itself', async () => {
    const db = h.db;
    const answers = { married: true, spouse_co_applies: false, agent_applies: false, resale_home: false };
    const prep = await prepareIntake(h.services, { idNumber: PEOPLE.renter.idNumber, businessType: 'loan.purchase', answers, requestedAmountFen: 20_000_000 });
    expect(prep.eligibility.failures).toEqual([]);
    const materials = prep.checklist.items.filter((i) => i.status === 'required' || i.status === 'ask').map((i) => ({ materialId: i.materialId, pages: ['b'.repeat(64)] }));
    const receipt = await acceptAtCounter(h.services, as('clerk01'), {
      form: {
        channel: 'counter', businessType: 'loan.purchase',
        applicant: { idNumber: PEOPLE.renter.idNumber, name: PEOPLE.renter.name, mobile: '13800001000' },
        requestedAmountFen: 20_000_000, answers,
        details: { termMonths: 240, housePriceFen: 100_000_000, home: 'first', borrowers: 'single', monthlyIncomeFen: 1_500_000, existingMonthlyDebtFen: 0, uplifts: [], repaymentMethod: 'equal_installment', firstWithdrawalByAgreement: true },
      },
      materials,
      idempotencyKey: randomUUID(),
    });
    expect(receipt.status).toBe('in_review');
    const id = receipt.applicationId;
    const route = (await db.selectFrom('applications').select('route').where('id', '=', id).executeTakeFirstOrThrow()).route;
    expect(route).toEqual(['review_1', 'review_2', 'approval']);
    const step = async (username: string) => {
      const task = await db.selectFrom('tasks').select('id').where('application_id', '=', id).where('status', '=', 'open').executeTakeFirstOrThrow();
      const c = await claim(h.services, as(username), String(task.id));
      const v = (await db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
      return decideTask(h.services, as(username), { taskId: c.taskId, version: v, decision: 'approve', reasonCodes: [], missingItems: [], idempotencyKey: randomUUID() });
    };
    await step('reviewer02');
    await step('reviewer03');
    expect((await step('approver02')).status).toBe('approved');
    await issueApprovalLetter(h.services, id);
    const v = (await db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    expect((await bookContractSigning(h.services, as('clerk01'), { applicationId: id, version: v, windowId: 'HRB-DL-W1', signOn: '2026-11-24' })).status).toBe('contract_booked');
    await recordDisbursement(h.services, { applicationId: id, bankReference: 'ICBC-20261124-0042' });

    // The disbursement wrote the agreed first withdrawal; the job files it, it is approved
    // automatically and its transfer is scheduled — the borrower did nothing.
    expect(await db.selectFrom('jobs').select('kind').where('dedupe_key', '=', `${FIRST_WITHDRAWAL}:${id}`).executeTakeFirst()).toEqual({ kind: FIRST_WITHDRAWAL });
    const filed = await fileFirstWithdrawal(h.services, id);
    expect('applicationId' in filed).toBe(true);
    const withdrawal = await db.selectFrom('applications').selectAll().where('id', '=', (filed as { applicationId: string }).applicationId).executeTakeFirstOrThrow();
    expect(withdrawal).toMatchObject({ business_type: 'withdrawal.post_loan_agreement', channel: 'online', status: 'transfer_pending', amount_fen: 2_800_000 });
    expect(await db.selectFrom('transfers').select(['amount_fen', 'status']).where('application_id', '=', withdrawal.id).executeTakeFirst()).toEqual({ amount_fen: 2_800_000, status: 'pending' });
    // Running the job again files nothing new.
    await fileFirstWithdrawal(h.services, id);
    expect(await db.selectFrom('applications').select('id').where('business_type', '=', 'withdrawal.post_loan_agreement').execute()).toHaveLength(1);
  });
});
