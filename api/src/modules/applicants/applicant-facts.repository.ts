// The eligibility snapshot (workflows ApplicantFacts) from the centre's own tables, with the
// agency-held facts taken from data-sharing evidence. Read-only, no transaction: the rules are
// re-run from the stored snapshot, so it must say what was and was not checked.
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
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
  // One statement: the person, their account, and the account's deposits and withdrawals and the
  // person's loans as JSON arrays (dates arrive as the same 'YYYY-MM-DD' text, money as numbers).
  const found = await db
    .selectFrom('persons as p')
    .leftJoin('accounts as ac', 'ac.id_number', 'p.id_number')
    .select(['p.birth_date', 'p.sex', 'ac.account_no', 'ac.status', 'ac.balance_fen', 'ac.reserved_fen'])
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('deposits as d').select(['d.month', 'd.employee_fen', 'd.unit_fen']).whereRef('d.account_no', '=', 'ac.account_no')).as('deposits'),
      jsonArrayFrom(
        eb
          .selectFrom('withdrawal_records as w')
          .select(['w.business_type', 'w.amount_fen', 'w.withdrawn_on'])
          .whereRef('w.account_no', '=', 'ac.account_no')
          .orderBy('w.withdrawn_on')
          .orderBy('w.id'),
      ).as('withdrawals'),
      jsonArrayFrom(
        eb
          .selectFrom('loans as l')
          .select(['l.loan_no', 'l.status', 'l.outstanding_fen', 'l.disbursed_on', 'l.term_months', 'l.house_address'])
          .where((w) => w.or([w('l.id_number', '=', idNumber), w('l.co_borrower_id_number', '=', idNumber)]))
          .orderBy('l.disbursed_on', 'desc'),
      ).as('loans'),
    ])
    .where('p.id_number', '=', idNumber)
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', 'applicant.not_found');
  const person = { birth_date: found.birth_date, sex: found.sex };
  if (found.account_no === null || found.status === null || found.balance_fen === null || found.reserved_fen === null) throw new AppError('NOT_FOUND', 'applicant.no_account');
  const account = { account_no: found.account_no, status: found.status, balance_fen: found.balance_fen, reserved_fen: found.reserved_fen };
  const { deposits, withdrawals, loans } = found;

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
