import { BUSINESS_TYPE_CODES, intakeFormSchema } from '@onetrip/workflows';
import { describe, expect, it } from 'vitest';
import { DETAIL_FIELDS } from './detail-fields';
import { checkForm } from './intake-form';

const APPLICANT = { idNumber: '230102199110080462', name: '王丽' };
const LOAN = {
  mobile: '13800138000',
  amount: '300000',
  housePrice: '1000000',
  home: 'first',
  termMonths: '240',
  repaymentMethod: 'equal_installment',
  borrowers: 'couple',
  monthlyIncome: '15000.50',
};

describe('the counter intake form', () => {
  it('builds a personal housing loan from what the clerk typed, in fen, with the optional fields left out', () => {
    const { form, invalid } = checkForm('loan.purchase', APPLICANT, LOAN, { married: true });
    expect(invalid).toEqual([]);
    expect(form).toMatchObject({
      businessType: 'loan.purchase',
      applicant: { ...APPLICANT, mobile: '13800138000' },
      requestedAmountFen: 30_000_000,
      details: { housePriceFen: 100_000_000, termMonths: 240, home: 'first', borrowers: 'couple', repaymentMethod: 'equal_installment', monthlyIncomeFen: 1_500_050 },
    });
    expect(form?.details).not.toHaveProperty('appraisalFen');
  });

  it("names the fields the shared schema refuses: the loan's term rule, a missing choice, malformed money", () => {
    const { form, invalid } = checkForm('loan.purchase', APPLICANT, { ...LOAN, termMonths: '6', repaymentMethod: '', appraisal: '12,5' }, {});
    expect(form).toBeNull();
    expect(invalid.sort()).toEqual(['appraisal', 'repaymentMethod', 'termMonths']);
  });

  it("refuses a malformed employer credit code and reads the employees' ID numbers as a list", () => {
    const typed = { mobile: '13800138000', amount: '0', creditCode: '9123', unitName: '哈尔滨示例有限公司', employeeIdNumbers: '230102199110080462，230103199003150310' };
    expect(checkForm('employer.seal', APPLICANT, typed, {}).invalid).toEqual(['creditCode']);
    const valid = checkForm('employer.seal', APPLICANT, { ...typed, creditCode: '91350100M000100Y43' }, {});
    expect(valid.invalid).toEqual([]);
    expect(valid.form?.details).toMatchObject({ employeeIdNumbers: ['230102199110080462', '230103199003150310'] });
  });

  it('takes public rental from the answered question and needs a mobile that is one', () => {
    const rent = { mobile: '1380013', amount: '1000', rent: '1500', leaseStart: '2026-09-01', leaseEnd: '2027-08-31' };
    expect(checkForm('withdrawal.rent', APPLICANT, rent, { public_rental: true }).invalid).toEqual(['mobile']);
    expect(checkForm('withdrawal.rent', APPLICANT, { ...rent, mobile: '13800138000' }, { public_rental: true }).form?.details).toMatchObject({ publicRental: true, rentFen: 150_000 });
  });

  it('has an input for every detail the schema needs, and none the schema does not know, for every business type', () => {
    // Filled by the counter from elsewhere: the answered question, and uplifts it does not offer.
    const implied = new Set(['publicRental', 'uplifts']);
    for (const code of BUSINESS_TYPE_CODES) {
      const variant = intakeFormSchema.options.find((v) => (v.shape.businessType.options as readonly string[]).includes(code))!;
      const shape = variant.shape.details.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
      const keys = DETAIL_FIELDS[code].map((f) => f.key);
      expect(keys.filter((k) => !(k in shape)), code).toEqual([]);
      const needed = Object.keys(shape).filter((k) => !implied.has(k) && !shape[k]!.safeParse(undefined).success);
      expect(needed.filter((k) => !keys.includes(k)), code).toEqual([]);
    }
  });
});
