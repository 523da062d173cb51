// What the counter shows once the clerk has typed or read an ID number: the person, the account,
// loans and joint cards. Reading a full record is itself audited (design.md "Personal data"):
// the audit row is appended in a short transaction after the reads, before anything is returned.
//
// The audit row's subject_id is the FULL ID number: the audit log is staff-internal, and the
// question it must answer is "who looked at this person's record", which a masked number
// (8 of 18 digits) cannot answer without collisions. The persons table already holds it.
import {
  maskBankCard,
  maskIdNumber,
  shanghaiDate,
  type AccountStatus,
  type CalendarDate,
  type Fen,
} from '@onetrip/workflows';
import { appendAudit } from '../audit/audit.repository';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { accountStatusOf } from './account-facts';
import { requireIdNumberOn } from './id-number';
import { maskMobile } from './mask-mobile';

export interface ApplicantView {
  readonly idNumberMasked: string;
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: CalendarDate;
  readonly mobileMasked: string;
  readonly account: {
    readonly accountNo: string;
    readonly status: AccountStatus;
    readonly statusCode: string;
    readonly employer: { readonly id: string; readonly name: string };
    readonly balanceFen: Fen;
    readonly reservedFen: Fen;
    /** Balance minus what applications in flight have reserved. */
    readonly availableFen: Fen;
    readonly lastDepositMonth: CalendarDate | null;
    readonly lastWithdrawal: { readonly on: CalendarDate; readonly businessType: string; readonly amountFen: Fen } | null;
  } | null;
  readonly loans: readonly {
    readonly loanNo: string;
    readonly role: 'borrower' | 'co_borrower';
    readonly status: 'active' | 'settled' | 'overdue';
    readonly principalFen: Fen;
    readonly outstandingFen: Fen;
    readonly monthlyPaymentFen: Fen;
    readonly disbursedOn: CalendarDate;
  }[];
  /** Active cards, joint cards first: payouts go to the joint card (mission item 9). */
  readonly bankCards: readonly { readonly cardMasked: string; readonly bankId: string; readonly bankName: string; readonly bankEn: string; readonly joint: boolean }[];
}

export async function lookupApplicant(
  services: Pick<Services, 'database' | 'clock'>,
  actor: Pick<StaffActor, 'id'>,
  rawIdNumber: string,
): Promise<ApplicantView> {
  const db = services.database.db;
  const idNumber = requireIdNumberOn(rawIdNumber, shanghaiDate(services.clock()));
  const person = await db.selectFrom('persons').selectAll().where('id_number', '=', idNumber).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'applicant.not_found');

  const account = await db
    .selectFrom('accounts')
    .innerJoin('employers', 'employers.id', 'accounts.employer_id')
    .select(['accounts.account_no', 'accounts.status', 'accounts.balance_fen', 'accounts.reserved_fen', 'employers.id as employer_id', 'employers.name as employer_name'])
    .where('accounts.id_number', '=', idNumber)
    .executeTakeFirst();
  const [lastDeposit, lastWithdrawal, loans, cards] = await Promise.all([
    account
      ? db.selectFrom('deposits').select('month').where('account_no', '=', account.account_no).orderBy('month', 'desc').limit(1).executeTakeFirst()
      : undefined,
    account
      ? db
          .selectFrom('withdrawal_records')
          .select(['withdrawn_on', 'business_type', 'amount_fen'])
          .where('account_no', '=', account.account_no)
          .orderBy('withdrawn_on', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('loans')
      .selectAll()
      .where((eb) => eb.or([eb('id_number', '=', idNumber), eb('co_borrower_id_number', '=', idNumber)]))
      .orderBy('disbursed_on', 'desc')
      .execute(),
    db
      .selectFrom('bank_cards')
      .innerJoin('banks', 'banks.id', 'bank_cards.bank_id')
      .select(['bank_cards.card_no', 'bank_cards.bank_id', 'bank_cards.joint', 'banks.name_zh', 'banks.name_en'])
      .where('bank_cards.id_number', '=', idNumber)
      .where('bank_cards.status', '=', 'active')
      .orderBy('bank_cards.joint', 'desc')
      .orderBy('bank_cards.opened_on', 'desc')
      .execute(),
  ]);

  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: services.clock(),
      actorKind: 'staff',
      actorId: actor.id,
      action: 'applicant.viewed',
      subjectType: 'person',
      subjectId: idNumber,
      data: { accountNo: account?.account_no ?? null },
    }),
  );

  return {
    idNumberMasked: maskIdNumber(idNumber),
    name: person.name,
    sex: person.sex,
    birthDate: person.birth_date,
    mobileMasked: maskMobile(person.mobile),
    account: account
      ? {
          accountNo: account.account_no,
          status: accountStatusOf(account.status),
          statusCode: account.status,
          employer: { id: account.employer_id, name: account.employer_name },
          balanceFen: account.balance_fen,
          reservedFen: account.reserved_fen,
          availableFen: account.balance_fen - account.reserved_fen,
          lastDepositMonth: lastDeposit?.month ?? null,
          lastWithdrawal: lastWithdrawal ? { on: lastWithdrawal.withdrawn_on, businessType: lastWithdrawal.business_type, amountFen: lastWithdrawal.amount_fen } : null,
        }
      : null,
    loans: loans.map((l) => ({
      loanNo: l.loan_no,
      role: l.id_number === idNumber ? 'borrower' : 'co_borrower',
      status: l.status,
      principalFen: l.principal_fen,
      outstandingFen: l.outstanding_fen,
      monthlyPaymentFen: l.monthly_payment_fen,
      disbursedOn: l.disbursed_on,
    })),
    bankCards: cards.map((c) => ({ cardMasked: maskBankCard(c.card_no), bankId: c.bank_id, bankName: c.name_zh, bankEn: c.name_en, joint: c.joint })),
  };
}
