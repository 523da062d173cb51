// The most an applicant may take for a business, per the catalogue's amount rule. The balance
// is a separate rule (`withdrawal.amount_within_balance`) so both failures can show at once.
import { policyAt } from '../policy/policy-set';
import { PPM_ONE, type Fen } from '../policy/units';
import { mulDivFloor } from '../calculators/rounding';
import type { RuleContext } from './rule-context';
import { rentWindow } from './windows-for';
import { checkWindow } from './withdrawal-windows';

export type CapKind = 'balance' | 'actual_cost' | 'rent_cap' | 'actual_rent' | 'medical_self_paid' | 'renovation_cap' | 'loan_balance' | 'repaid_last_12_months';

export interface AmountCap {
  readonly capFen: Fen;
  readonly kind: CapKind;
}

/** undefined = the business has no cap besides the balance (or is not about money). */
export function amountCap(ctx: RuleContext): AmountCap | undefined {
  const { facts, form } = ctx;
  switch (ctx.type.amountRule.kind) {
    case 'none':
    case 'loan_quota':
      return undefined;
    case 'balance':
    case 'full_balance':
      return { capFen: facts.account.balanceFen, kind: 'balance' };
    case 'actual_cost':
      return { capFen: form.paidFen ?? 0, kind: 'actual_cost' };
    case 'medical_self_paid':
      return { capFen: form.selfPaidMedicalFen ?? 0, kind: 'medical_self_paid' };
    case 'renovation_cap': {
      const { sharePpm, capFen } = ctx.params.renovation;
      return { capFen: Math.min(mulDivFloor(form.invoiceFen ?? 0, sharePpm, PPM_ONE), capFen), kind: 'renovation_cap' };
    }
    case 'rent_cap':
      return rentCap(ctx);
    case 'loan_repayment':
      return repaymentCap(ctx);
  }
}

function rentCap(ctx: RuleContext): AmountCap {
  const rent = ctx.form.rentFen ?? 0;
  // Public or subsidised rental: actual rent (domain.md §3.3, every sampled city).
  if (ctx.form.publicRental) return { capFen: rent, kind: 'actual_rent' };
  const policy = policyAt(ctx.policy, 'rentWithdrawal', ctx.today);
  const areaCap = (ctx.form.area === undefined ? undefined : policy.areaCapsFen?.[ctx.form.area]) ?? policy.capFen;
  const { usedFen } = checkWindow(rentWindow(ctx), rentHistory(ctx), ctx.today, 0);
  const left = Math.max(0, areaCap - usedFen);
  return rent < left ? { capFen: rent, kind: 'actual_rent' } : { capFen: left, kind: 'rent_cap' };
}

function rentHistory(ctx: RuleContext) {
  return ctx.facts.withdrawals.filter((w) => w.businessType === 'withdrawal.rent');
}

function repaymentCap(ctx: RuleContext): AmountCap {
  const { loans } = ctx.facts;
  if (ctx.type.code === 'withdrawal.repay_commercial_loan') {
    const c = loans.commercialLoan;
    return { capFen: c ? Math.min(c.repaidLast12MonthsFen, c.balanceFen) : 0, kind: 'repaid_last_12_months' };
  }
  return { capFen: loans.ownLoan?.balanceFen ?? 0, kind: 'loan_balance' };
}
