// Small, explicit people for the data-sharing and applicant integration tests (not the demo
// population): each one exists for the property its name says. Dates are relative to the test
// clock's day, 2026-11-20 (Asia/Shanghai).
import type { Transaction } from 'kysely';
import { idNumberCheckChar } from '@onetrip/workflows';
import type { DB } from '../../db/schema';
import { seedOrganisation } from '../../seed/organisation';
import type { SimulatedNetwork } from '../data-sharing/simulated-network';

const id = (first17: string) => first17 + idNumberCheckChar(first17);

export const PEOPLE = {
  /** Married to `renterSpouse`; neither owns a home; 7 months paid since a gap; two rent withdrawals. */
  renter: { idNumber: id('23010319900315931'), name: '刘晓明', sex: 'male', birthDate: '1990-03-15' },
  renterSpouse: { idNumber: id('23010219911008946'), name: '王丽', sex: 'female', birthDate: '1991-10-08' },
  /** Single, no agency records except identity; owns nothing. */
  single: { idNumber: id('23011019930708922'), name: '陈静', sex: 'female', birthDate: '1993-07-08' },
  /** Married to `ownerSpouse`, who owns a home: no "no home" waiver. */
  spouseOwns: { idNumber: id('23010419820102957'), name: '赵国强', sex: 'male', birthDate: '1982-01-02' },
  ownerSpouse: { idNumber: id('23010419840219964'), name: '孙丽华', sex: 'female', birthDate: '1984-02-19' },
  /** Owns one home with one active commercial mortgage and a provident-fund loan as borrower. */
  homeOwner: { idNumber: id('23010319890417975'), name: '郑海涛', sex: 'male', birthDate: '1989-04-17' },
  /** Pension since 2023-06-01; account sealed from June 2023. */
  retiree: { idNumber: id('23010219680512928'), name: '孙秀英', sex: 'female', birthDate: '1968-05-12' },
} as const;

export const STAFF_ID = 'S001';

/** Test network: no latency, no failure, dice that never decide anything by chance. */
export function quietNetwork(perSource: SimulatedNetwork['perSource'] = {}): SimulatedNetwork {
  return { latencyMs: 0, failureRate: 0, draw: () => 0.5, perSource };
}

function months(from: string, count: number): string[] {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  return Array.from({ length: count }, (_, i) => {
    const idx = y * 12 + m - 1 + i;
    return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
  });
}

export async function seedApplicantFixtures(trx: Transaction<DB>): Promise<void> {
  await seedOrganisation(trx);
  await trx
    .insertInto('employers')
    .values({ id: 'E1', credit_code: '91230100MA1TEST01X', name: '哈尔滨测试有限公司', address: '哈尔滨市道里区友谊路 1 号', office_id: 'HRB-DL', unit_rate_bp: 1200, employee_rate_bp: 1200, opened_on: '2010-01-01' })
    .execute();
  const all = Object.values(PEOPLE);
  await trx
    .insertInto('persons')
    .values(all.map((p, i) => ({ id_number: p.idNumber, name: p.name, sex: p.sex, birth_date: p.birthDate, mobile: `1380000${String(1000 + i)}`, address: '哈尔滨市' })))
    .execute();
  await trx
    .insertInto('agency_identity')
    .values(all.map((p) => ({ id_number: p.idNumber, name: p.name, sex: p.sex, birth_date: p.birthDate, ethnicity: '汉', address: '哈尔滨市', issued_by: '哈尔滨市公安局', valid_until: null })))
    .execute();
  const account = (no: string, p: { idNumber: string }, balance: number, reserved: number, status = '01') => ({
    account_no: no, id_number: p.idNumber, employer_id: 'E1', status, base_fen: 900_000, employee_rate_bp: 1200, unit_rate_bp: 1200,
    balance_fen: balance, reserved_fen: reserved, opened_on: '2014-07-01',
  });
  await trx
    .insertInto('accounts')
    .values([
      account('A-RENTER', PEOPLE.renter, 3_000_000, 200_000),
      account('A-SPOUSE', PEOPLE.renterSpouse, 1_200_000, 0),
      account('A-HOME', PEOPLE.homeOwner, 4_500_000, 0),
      account('A-RETIREE', PEOPLE.retiree, 9_600_000, 0, '02'),
    ])
    .execute();
  const deposit = (accountNo: string) => (month: string) => ({ account_no: accountNo, month, employee_fen: 108_000, unit_fen: 108_000, paid_on: month.replace(/01$/, '10') });
  await trx
    .insertInto('deposits')
    .values([
      // Renter: Dec 2025 – Mar 2026, a missed April, then May – Nov 2026 (7 months current).
      ...months('2025-12-01', 4).map(deposit('A-RENTER')),
      ...months('2026-05-01', 7).map(deposit('A-RENTER')),
      ...months('2025-01-01', 23).map(deposit('A-HOME')),
      // Retiree: last deposit May 2023, sealed from June.
      ...months('2022-06-01', 12).map(deposit('A-RETIREE')),
    ])
    .execute();
  await trx
    .insertInto('withdrawal_records')
    .values([
      { account_no: 'A-RENTER', reason_code: '07', business_type: 'withdrawal.rent', amount_fen: 1_500_000, withdrawn_on: '2024-11-10' },
      { account_no: 'A-RENTER', reason_code: '07', business_type: 'withdrawal.rent', amount_fen: 1_800_000, withdrawn_on: '2025-11-12' },
    ])
    .execute();
  await trx
    .insertInto('loans')
    .values({
      loan_no: 'L-HOME', id_number: PEOPLE.homeOwner.idNumber, co_borrower_id_number: null, principal_fen: 60_000_000, outstanding_fen: 52_000_000,
      rate_bp: 325, term_months: 240, method: 'equal_installment', monthly_payment_fen: 340_000, disbursed_on: '2024-06-18', status: 'active',
      house_address: '哈尔滨市南岗区学府路 1 号',
    })
    .execute();
  await trx
    .insertInto('bank_cards')
    .values([
      { card_no: '6222020200112233445', id_number: PEOPLE.renter.idNumber, bank_id: 'ICBC', joint: true, opened_on: '2014-07-01' },
      { card_no: '6217000010012345678', id_number: PEOPLE.renter.idNumber, bank_id: 'CCB', joint: false, opened_on: '2018-01-01' },
      { card_no: '6217000010099999999', id_number: PEOPLE.renter.idNumber, bank_id: 'CCB', joint: false, opened_on: '2012-01-01', status: 'closed' },
    ])
    .execute();
  await trx
    .insertInto('agency_marriage')
    .values([
      { certificate_no: 'M1', id_number_a: PEOPLE.renter.idNumber, id_number_b: PEOPLE.renterSpouse.idNumber, status: 'married', registered_on: '2018-05-20' },
      { certificate_no: 'M2', id_number_a: PEOPLE.spouseOwns.idNumber, id_number_b: PEOPLE.ownerSpouse.idNumber, status: 'married', registered_on: '2009-10-01' },
    ])
    .execute();
  await trx
    .insertInto('agency_property')
    .values([
      { certificate_no: 'P1', owner_id_number: PEOPLE.ownerSpouse.idNumber, address: '哈尔滨市道外区靖宇街 8 号', area_m2_x100: 8_900, purchase_price_fen: 80_000_000, contract_no: 'C1', registered_on: '2012-03-01' },
      { certificate_no: 'P2', owner_id_number: PEOPLE.homeOwner.idNumber, address: '哈尔滨市南岗区学府路 1 号', area_m2_x100: 9_500, purchase_price_fen: 120_000_000, contract_no: 'C2', registered_on: '2024-06-01' },
    ])
    .execute();
  await trx
    .insertInto('agency_credit')
    .values({ id_number: PEOPLE.homeOwner.idNumber, lender: '中国建设银行', kind: 'commercial_mortgage', principal_fen: 50_000_000, outstanding_fen: 41_000_000, status: 'active', opened_on: '2024-06-01' })
    .execute();
  await trx
    .insertInto('agency_household')
    .values([
      { id_number: PEOPLE.renter.idNumber, hukou_address: '哈尔滨市南岗区', area_code: '230103', moved_out_on: null, moved_to: null },
      { id_number: PEOPLE.retiree.idNumber, hukou_address: '哈尔滨市道里区', area_code: '230102', moved_out_on: null, moved_to: null },
    ])
    .execute();
  await trx
    .insertInto('agency_social_security')
    .values([
      { id_number: PEOPLE.renter.idNumber, insured_since: '2014-07-01', retired: false, retired_on: null },
      { id_number: PEOPLE.retiree.idNumber, insured_since: '1990-07-01', retired: true, retired_on: '2023-06-01' },
    ])
    .execute();
}
