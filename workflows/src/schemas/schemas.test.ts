import { describe, expect, it } from 'vitest';
import { BUSINESS_TYPE_CODES } from '../catalogue/business-type-codes';
import { evaluateEligibility } from '../rules/eligibility';
import { harbinPolicy } from '../policy/index';
import { appointmentBookingSchema, progressQuerySchema } from './appointment.schemas';
import { INTAKE_BUSINESS_TYPES, intakeFormSchema, toApplicationForm } from './intake.schemas';
import { decideInputSchema, toLifecycleCommand } from './review.schemas';
import { taskListInputSchema } from './task-list.schemas';

const applicant = { idNumber: '34052419800101001x', name: '张三', mobile: '138 0013 8000' };
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []));

describe('intake form', () => {
  it('covers every business type of the catalogue exactly once', () => {
    expect([...INTAKE_BUSINESS_TYPES].sort()).toEqual([...BUSINESS_TYPE_CODES].sort());
  });

  it('parses a rent application, normalising the ID, card and mobile', () => {
    const r = intakeFormSchema.parse({
      businessType: 'withdrawal.rent',
      channel: 'counter',
      applicant,
      bankCard: '6225 7688 8888 8888',
      requestedAmountFen: 1_200_000,
      details: { rentFen: 1_500_000, leaseStart: '2026-01-01', leaseEnd: '2026-12-31' },
    });
    expect(r.applicant).toEqual({ idNumber: '34052419800101001X', name: '张三', mobile: '13800138000' });
    expect(r.bankCard).toBe('6225768888888888');
    expect(toApplicationForm(r)).toEqual({ requestedAmountFen: 1_200_000, rentFen: 1_500_000, publicRental: false, eventDate: '2026-01-01' });
  });

  it('reports validation failures as translatable codes', () => {
    const r = intakeFormSchema.safeParse({
      businessType: 'withdrawal.rent',
      channel: 'counter',
      applicant: { ...applicant, idNumber: '340524198001010013', mobile: '12345' },
      bankCard: '6225768888888889',
      requestedAmountFen: 12.5,
      details: { rentFen: 1_500_000, leaseStart: '2026-02-30', leaseEnd: '2026-12-31' },
    });
    expect(messages(r).sort()).toEqual(['amount.not_fen', 'bank_card.check_digit', 'date.invalid', 'id_number.check_digit', 'mobile.format']);
  });

  it('feeds a loan form straight into the eligibility rules', () => {
    const form = intakeFormSchema.parse({
      businessType: 'loan.purchase',
      channel: 'counter',
      applicant,
      requestedAmountFen: 50_000_000,
      details: { termMonths: 360, housePriceFen: 150_000_000, home: 'first', borrowers: 'single', monthlyIncomeFen: 2_000_000, repaymentMethod: 'equal_installment' },
    });
    const appForm = toApplicationForm(form);
    expect(appForm.loan).toMatchObject({ termMonths: 360, existingMonthlyDebtFen: 0, uplifts: [] });
    expect(appForm.loan).not.toHaveProperty('repaymentMethod');
    const r = evaluateEligibility({
      businessType: form.businessType,
      form: appForm,
      policy: harbinPolicy,
      today: '2026-11-23',
      facts: {
        birthDate: '1980-01-01',
        sex: 'male',
        account: { status: 'normal', balanceFen: 5_000_000 },
        deposits: { consecutiveMonthsPaid: 3, contributing: true },
        withdrawals: [],
        loans: { providentOutstanding: false, providentPastCount: 0, activeRepaymentAgreement: false },
        household: { married: false, homesInCity: 0, hukouInCity: true, hukouCancelledForAbroad: false, foreignNational: false },
        employment: { retired: false, contributesElsewhere: false },
        credit: { seriousBadRecord: false },
      },
    });
    // Born 1980: 68 (Harbin retirement + 5) is reached before 30 years run out.
    expect(r.failures.map((f) => f.code)).toEqual(['loan.deposit_months_insufficient', 'loan.term_too_long']);
  });

  it('rejects details of another business type', () => {
    const r = intakeFormSchema.safeParse({ businessType: 'withdrawal.renovation', channel: 'online', applicant, requestedAmountFen: 1, details: { rentFen: 1 } });
    expect(r.success).toBe(false);
  });
});

describe('decide input', () => {
  const base = { taskId: 't-1', version: 3, idempotencyKey: '0123456789abcdef' };

  it('needs reasons to reject and items to return', () => {
    expect(messages(decideInputSchema.safeParse({ ...base, decision: 'reject' }))).toEqual(['decide.reason_required']);
    expect(messages(decideInputSchema.safeParse({ ...base, decision: 'return', missingItems: [] }))).toEqual(['decide.missing_items_required']);
    expect(messages(decideInputSchema.safeParse({ ...base, decision: 'return', missingItems: [{}] }))).toEqual(['missing_item.empty']);
  });

  it('maps to lifecycle commands with the expected version', () => {
    const ret = decideInputSchema.parse({ ...base, decision: 'return', missingItems: [{ materialId: 'rental_contract' }], comment: '租赁合同不清晰' });
    expect(toLifecycleCommand(ret)).toEqual({ type: 'return_for_supplement', expectedVersion: 3, comment: '租赁合同不清晰', missingItems: [{ materialId: 'rental_contract' }] });
    expect(toLifecycleCommand(decideInputSchema.parse({ ...base, decision: 'reject', reasonCodes: ['withdrawal.owns_home_in_city'] }))).toEqual({
      type: 'reject',
      expectedVersion: 3,
      reasonCodes: ['withdrawal.owns_home_in_city'],
    });
    expect(toLifecycleCommand(decideInputSchema.parse({ ...base, decision: 'approve' }))).toEqual({ type: 'approve', expectedVersion: 3 });
  });
});

describe('booking, progress query and task list', () => {
  it('books a slot at a bank window', () => {
    const r = appointmentBookingSchema.parse({ businessType: 'loan.purchase', branchId: 'icbc-daoli', date: '2026-11-30', slot: '09:30', applicant, idempotencyKey: 'abcdefabcdefabcdef' });
    expect(r.answers).toEqual({});
    expect(messages(appointmentBookingSchema.safeParse({ ...r, slot: '25:00', applicant }))).toEqual(['appointment.slot_invalid']);
  });

  it('normalises the progress query', () => {
    expect(progressQuerySchema.parse({ receiptNo: ' hrb-2026-000123 ', idLast4: '001x' })).toEqual({ receiptNo: 'HRB-2026-000123', idLast4: '001X' });
    expect(messages(progressQuerySchema.safeParse({ receiptNo: 'x', idLast4: '12' })).sort()).toEqual(['id_last4.invalid', 'receipt_no.invalid']);
  });

  it('defaults the sort and page size and refuses an inverted date range', () => {
    expect(taskListInputSchema.parse({})).toEqual({ sort: { field: 'due', dir: 'asc' }, limit: 50 });
    expect(taskListInputSchema.parse({ cursor: { after: '2026-11-25', id: 'a-9' }, steps: ['review_1'] }).cursor).toEqual({ after: '2026-11-25', id: 'a-9' });
    expect(messages(taskListInputSchema.safeParse({ acceptedFrom: '2026-11-20', acceptedTo: '2026-11-01' }))).toEqual(['date.range_inverted']);
    expect(messages(taskListInputSchema.safeParse({ limit: 500 }))).toEqual(['page.limit_invalid']);
  });
});
