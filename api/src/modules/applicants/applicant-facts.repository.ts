// The eligibility snapshot (workflows ApplicantFacts) from the centre's own tables, with the
// agency-held facts taken from data-sharing evidence. Read-only, no transaction: the rules are
// re-run from the stored snapshot, so it must say what was and was not checked.
import type { Kysely } from 'kysely';
import { isBusinessTypeCode, type ApplicantFacts, type CalendarDate, type WithdrawalRecord } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { SourceResult } from '../data-sharing/sharing-evidence';
import { accountStatusOf, depositRun, installmentsDue, sealedOnFrom } from './account-facts';
import { agencyFacts, type UnverifiedFact } from './agency-facts';
import { requireIdNumberOn } from './id-number';

export interface LoadedApplicantFacts {
  readonly facts: ApplicantFacts;
  /** Facts that hold a fallback because no source answered for them (agency-facts.ts): store and show them. */
  readonly unverified: readonly UnverifiedFact[];
}

const LIVE_LOAN = ['active', 'overdue'] as const;

export async function loadApplicantFacts(
  db: Kysely<DB>,
  rawIdNumber: string,
  today: CalendarDate,
  evidence: readonly SourceResult[] = [],
): Promise<LoadedApplicantFacts> {
  const idNumber = requireIdNumberOn(rawIdNumber, today);
  const person = await db.selectFrom('persons').select(['birth_date', 'sex']).where('id_number', '=', idNumber).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'applicant.not_found');
  const account = await db
    .selectFrom('accounts')
    .select(['account_no', 'status', 'balance_fen', 'reserved_fen'])
    .where('id_number', '=', idNumber)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', 'applicant.no_account');

  const [deposits, withdrawals, loans] = await Promise.all([
    db.selectFrom('deposits').select(['month', 'employee_fen', 'unit_fen']).where('account_no', '=', account.account_no).execute(),
    db
      .selectFrom('withdrawal_records')
      .select(['business_type', 'amount_fen', 'withdrawn_on'])
      .where('account_no', '=', account.account_no)
      .orderBy('withdrawn_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('loans')
      .select(['loan_no', 'status', 'outstanding_fen', 'disbursed_on', 'term_months', 'house_address'])
      .where((eb) => eb.or([eb('id_number', '=', idNumber), eb('co_borrower_id_number', '=', idNumber)]))
      .orderBy('disbursed_on', 'desc')
      .execute(),
  ]);

  const status = accountStatusOf(account.status);
  const run = depositRun(
    deposits.map((d) => ({ month: d.month, employeeFen: d.employee_fen, unitFen: d.unit_fen })),
    today,
  );
  const sealedOn = status === 'sealed' ? sealedOnFrom(run.lastMonth) : undefined;
  const live = loans.filter((l) => (LIVE_LOAN as readonly string[]).includes(l.status) && l.outstanding_fen > 0);
  const ownLoan = live[0];
  const agency = agencyFacts(evidence, new Set(loans.map((l) => l.house_address)).size);

  const facts: ApplicantFacts = {
    birthDate: person.birth_date,
    sex: person.sex,
    // Money reserved for applications in flight is not available to a new one.
    account: { status, balanceFen: account.balance_fen - account.reserved_fen, ...(sealedOn ? { sealedOn } : {}) },
    deposits: { consecutiveMonthsPaid: run.months, contributing: status === 'normal' && run.current },
    withdrawals: withdrawals.flatMap((w): WithdrawalRecord[] =>
      isBusinessTypeCode(w.business_type) ? [{ businessType: w.business_type, on: w.withdrawn_on, amountFen: w.amount_fen }] : [],
    ),
    loans: {
      providentOutstanding: live.length > 0,
      providentPastCount: loans.length,
      // No repayment-agreement table yet: none is recorded, listed as unverified.
      activeRepaymentAgreement: false,
      ...(ownLoan ? { ownLoan: { balanceFen: ownLoan.outstanding_fen, installmentsPaid: installmentsDue(ownLoan.disbursed_on, ownLoan.term_months, today) } } : {}),
      ...(agency.commercialLoan ? { commercialLoan: agency.commercialLoan } : {}),
    },
    // A resident ID beginning with 9 is a foreigner's permanent-residence ID (2023 format).
    household: { ...agency.household, foreignNational: idNumber.startsWith('9') },
    employment: agency.employment,
    credit: agency.credit,
  };
  return { facts, unverified: [...agency.unverified, 'loans.activeRepaymentAgreement'] };
}
