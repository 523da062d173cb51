// The application intake form per business type: one discriminated union, so the SPA renders
// the right fields and the API gets a typed form. `toApplicationForm` turns it into the rules' input.
import { z } from 'zod';
import type { BusinessTypeCode } from '../catalogue/business-type-codes';
import type { ApplicationForm } from '../rules/applicant-facts';
import { bankCardSchema, calendarDateSchema, fenSchema, idNumberSchema, mobileSchema, personNameSchema, positiveFenSchema, creditCodeSchema } from './fields.schemas';

const CHECKLIST_FACTS = ['married', 'spouse_co_applies', 'agent_applies', 'rent_above_cap', 'public_rental', 'resale_home', 'foreign_national', 'heir_by_will', 'insurance_reimbursed'] as const;

export const applicantSchema = z.object({
  idNumber: idNumberSchema,
  name: personNameSchema,
  mobile: mobileSchema,
});

/** Answers to the checklist's conditional questions (see catalogue `checklistFor`). */
export const checklistAnswersSchema = z.partialRecord(z.enum(CHECKLIST_FACTS), z.boolean());

const common = {
  channel: z.enum(['online', 'counter']),
  applicant: applicantSchema,
  /** Paid-out businesses need the applicant's own card; the rules check the holder. */
  bankCard: bankCardSchema.optional(),
  requestedAmountFen: fenSchema,
  answers: checklistAnswersSchema.default({}),
};

const codes = <C extends BusinessTypeCode>(...c: [C, ...C[]]) => z.enum(c);

const loanDetails = z.object({
  termMonths: z.number().int('loan.term_invalid').min(12, 'loan.term_invalid').max(360, 'loan.term_invalid'),
  housePriceFen: positiveFenSchema,
  appraisalFen: positiveFenSchema.optional(),
  houseAgeYears: z.number().int().nonnegative().optional(),
  home: z.enum(['first', 'second']),
  borrowers: z.enum(['single', 'couple']),
  monthlyIncomeFen: positiveFenSchema,
  existingMonthlyDebtFen: fenSchema.default(0),
  uplifts: z.array(z.string()).default([]),
  repaymentMethod: z.enum(['equal_installment', 'equal_principal']),
  /** 委托提取: once the loan is paid out, the fund balance pays toward the down payment by itself (mission item 5). */
  firstWithdrawalByAgreement: z.boolean().default(false),
});

const variants = [
  z.object({ ...common, businessType: codes('withdrawal.rent'), details: z.object({ rentFen: positiveFenSchema, publicRental: z.boolean().default(false), area: z.string().optional(), leaseStart: calendarDateSchema, leaseEnd: calendarDateSchema }) }),
  z.object({
    ...common,
    businessType: codes('withdrawal.serious_illness'),
    details: z.object({ selfPaidMedicalFen: positiveFenSchema, dischargeDate: calendarDateSchema, patient: z.enum(['self', 'spouse', 'child', 'parent']) }),
  }),
  z.object({
    ...common,
    businessType: codes('withdrawal.purchase_full', 'withdrawal.purchase_with_loan', 'withdrawal.expropriation', 'withdrawal.property_fee'),
    details: z.object({ paidFen: positiveFenSchema, eventDate: calendarDateSchema.optional() }),
  }),
  z.object({ ...common, businessType: codes('withdrawal.renovation'), details: z.object({ invoiceFen: positiveFenSchema }) }),
  z.object({ ...common, businessType: codes('withdrawal.repay_commercial_loan'), details: z.object({ loanContractNo: z.string().trim().min(1, 'loan.contract_required') }) }),
  z.object({ ...common, businessType: codes('withdrawal.death'), details: z.object({ holderIdNumber: idNumberSchema, holderName: personNameSchema }) }),
  z.object({
    ...common,
    businessType: codes('withdrawal.retirement', 'withdrawal.settle_abroad', 'withdrawal.leave_city', 'withdrawal.post_loan_agreement', 'withdrawal.repay_own_loan', 'loan.settle_own', 'loan.settle_fund'),
    details: z.object({}),
  }),
  z.object({ ...common, businessType: codes('loan.purchase', 'loan.commercial_conversion'), details: loanDetails }),
  z.object({ ...common, businessType: codes('loan.prepay_partial_own', 'loan.prepay_partial_fund'), details: z.object({ afterwards: z.enum(['reduce_payment', 'shorten_term']) }) }),
  z.object({
    ...common,
    businessType: codes('employer.open_account', 'employer.seal', 'employer.unseal', 'employer.transfer_employees'),
    details: z.object({ creditCode: creditCodeSchema, unitName: personNameSchema, employeeIdNumbers: z.array(idNumberSchema).default([]) }),
  }),
  z.object({ ...common, businessType: codes('employer.base_adjustment'), details: z.object({ creditCode: creditCodeSchema, unitName: personNameSchema, contributionBaseFen: positiveFenSchema }) }),
  z.object({ ...common, businessType: codes('employee.transfer_in'), details: z.object({ previousCity: z.string().trim().min(1, 'transfer.city_required'), previousAccountNo: z.string().trim().min(1, 'transfer.account_required') }) }),
] as const;

export const intakeFormSchema = z.discriminatedUnion('businessType', variants);
export type IntakeFormInput = z.input<typeof intakeFormSchema>;
export type IntakeForm = z.output<typeof intakeFormSchema>;

/** Business types the union covers: every one in the catalogue (checked by a test). */
export const INTAKE_BUSINESS_TYPES: readonly BusinessTypeCode[] = variants.flatMap((v) => v.shape.businessType.options);

/** The fields the eligibility rules read, from a parsed intake form. */
export function toApplicationForm(form: IntakeForm): ApplicationForm {
  const base = { requestedAmountFen: form.requestedAmountFen };
  switch (form.businessType) {
    case 'withdrawal.rent': {
      const d = form.details;
      return { ...base, rentFen: d.rentFen, publicRental: d.publicRental, eventDate: d.leaseStart, ...(d.area === undefined ? {} : { area: d.area }) };
    }
    case 'withdrawal.serious_illness':
      return { ...base, selfPaidMedicalFen: form.details.selfPaidMedicalFen, eventDate: form.details.dischargeDate };
    case 'withdrawal.purchase_full':
    case 'withdrawal.purchase_with_loan':
    case 'withdrawal.expropriation':
    case 'withdrawal.property_fee': {
      const d = form.details;
      return { ...base, paidFen: d.paidFen, ...(d.eventDate === undefined ? {} : { eventDate: d.eventDate }) };
    }
    case 'withdrawal.renovation':
      return { ...base, invoiceFen: form.details.invoiceFen };
    case 'employer.base_adjustment':
      return { ...base, contributionBaseFen: form.details.contributionBaseFen };
    case 'loan.purchase':
    case 'loan.commercial_conversion': {
      const { repaymentMethod: _method, firstWithdrawalByAgreement: _agreement, ...loan } = form.details;
      return { ...base, loan };
    }
    default:
      return base;
  }
}
