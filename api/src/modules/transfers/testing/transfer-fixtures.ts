// Test fixtures for the transfer module: people with an account and cards, each with a rent
// withdrawal already approved and handed to afterApproval (reserved, transfer and job written).
import { luhnCheckDigit } from '@onetrip/workflows';
import type { Database } from '../../../db/database';
import { seedOrganisation } from '../../../seed/organisation';
import type { Services } from '../../../trpc/context';
import { afterApproval } from '../transfer-scheduler';

export interface ApprovedWithdrawal {
  readonly applicationId: string;
  readonly accountNo: string;
  readonly amountFen: number;
  readonly cardNo: string;
}

export function cardNumber(i: number, valid = true): string {
  const partial = `62220200${String(i).padStart(10, '0')}`;
  const check = luhnCheckDigit(partial);
  return partial + (valid ? check : String((Number(check) + 1) % 10));
}

export async function seedOrganisationOnce(database: Database): Promise<void> {
  const has = await database.db.selectFrom('offices').select('id').limit(1).executeTakeFirst();
  if (!has) await database.db.transaction().execute((trx) => seedOrganisation(trx));
}

/** `count` approved withdrawals; amounts vary so a wrong pairing would show in the totals. */
export async function seedApprovedWithdrawals(
  services: Services,
  count: number,
  options: { prefix?: string; invalidCard?: (i: number) => boolean } = {},
): Promise<ApprovedWithdrawal[]> {
  const { db } = services.database;
  const prefix = options.prefix ?? 'T';
  const at = services.clock();
  await seedOrganisationOnce(services.database);
  await db
    .insertInto('employers')
    .values({ id: `${prefix}-EMP`, credit_code: `${prefix}-CC`, name: '测试单位', address: '哈尔滨', office_id: 'HRB-DL', unit_rate_bp: 1200, employee_rate_bp: 1200, opened_on: '2010-01-01' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const rows: ApprovedWithdrawal[] = [];
  const persons = [], accounts = [], cards = [], applications = [];
  for (let i = 0; i < count; i++) {
    const idNumber = `${prefix}-ID-${String(i).padStart(5, '0')}`;
    const accountNo = `${prefix}-AC-${String(i).padStart(5, '0')}`;
    const applicationId = `${prefix}-APP-${String(i).padStart(5, '0')}`;
    const cardNo = cardNumber(i + (prefix.charCodeAt(0) % 7) * 100_000, !options.invalidCard?.(i));
    const amountFen = 100_000 + ((i * 7919) % 900) * 100;
    rows.push({ applicationId, accountNo, amountFen, cardNo });
    persons.push({ id_number: idNumber, name: `申请人${i}`, sex: 'female' as const, birth_date: '1990-01-01', mobile: '13800000000', address: '哈尔滨' });
    accounts.push({ account_no: accountNo, id_number: idNumber, employer_id: `${prefix}-EMP`, base_fen: 800_000, employee_rate_bp: 1200, unit_rate_bp: 1200, balance_fen: amountFen * 3, opened_on: '2015-01-01' });
    // A newer ordinary card and an older joint card: the joint one must be chosen.
    cards.push(
      { card_no: cardNumber(900_000 + i + (prefix.charCodeAt(0) % 7) * 10_000), id_number: idNumber, bank_id: 'CCB', joint: false, opened_on: '2020-01-01' },
      { card_no: cardNo, id_number: idNumber, bank_id: 'ICBC', joint: true, opened_on: '2012-01-01' },
    );
    applications.push({
      id: applicationId,
      business_type: 'withdrawal.rent',
      applicant_kind: 'person' as const,
      applicant_id: idNumber,
      applicant_name: `申请人${i}`,
      account_no: accountNo,
      channel: 'online' as const,
      office_id: 'HRB-DL',
      status: 'approved',
      route: JSON.stringify(['review_1']),
      amount_fen: amountFen,
      form: '{}',
      checklist: '[]',
      auto_checks: '[]',
      missing_items: '[]',
      reason_codes: '[]',
      sla_working_days: 3,
      created_at: at,
      updated_at: at,
    });
  }
  if (count > 0) {
    await db.insertInto('persons').values(persons).execute();
    await db.insertInto('accounts').values(accounts).execute();
    await db.insertInto('bank_cards').values(cards).execute();
    await db.insertInto('applications').values(applications).execute();
  }
  for (const r of rows) await db.transaction().execute((trx) => afterApproval(trx, services, { id: r.applicationId }));
  return rows;
}
