// Eligible renters for the lifecycle bench, built the way the applicant fixtures build the renter:
// a person with identity and household records, an account with a healthy balance and two years of
// deposits, a joint card for the transfer — and no home, so shared data waives the no-home proof.
import { idNumberCheckChar } from '@onetrip/workflows';
import type { Database } from '../../api/src/db/database';
import { cardNumber } from '../../api/src/modules/transfers/testing/transfer-fixtures';

export interface BenchRenter {
  readonly idNumber: string;
  readonly name: string;
}

function months(from: string, count: number): string[] {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  return Array.from({ length: count }, (_, i) => {
    const idx = y * 12 + m - 1 + i;
    return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
  });
}

const birthDate = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

export async function seedBenchRenters(database: Database, count: number): Promise<BenchRenter[]> {
  const { db } = database;
  await db
    .insertInto('employers')
    .values({ id: 'BENCH-EMP', credit_code: '91230100MABENCH01X', name: '哈尔滨基准测试有限公司', address: '哈尔滨市道里区友谊路 1 号', office_id: 'HRB-DL', unit_rate_bp: 1200, employee_rate_bp: 1200, opened_on: '2010-01-01' })
    .execute();
  const renters = Array.from({ length: count }, (_, i) => {
    const first17 = `230103199003${String(101 + (i % 28)).slice(1)}${100 + Math.floor(i / 28)}`;
    return { idNumber: first17 + idNumberCheckChar(first17), name: `基准租户${i}`, accountNo: `B-AC-${String(i).padStart(5, '0')}`, i };
  });
  if (new Set(renters.map((r) => r.idNumber)).size !== count) throw new Error('bench renter ID numbers collide');
  await db.insertInto('persons').values(renters.map((r) => ({ id_number: r.idNumber, name: r.name, sex: 'male' as const, birth_date: birthDate(r.idNumber), mobile: '13800002000', address: '哈尔滨市' }))).execute();
  await db.insertInto('agency_identity').values(renters.map((r) => ({ id_number: r.idNumber, name: r.name, sex: 'male', birth_date: birthDate(r.idNumber), ethnicity: '汉', address: '哈尔滨市', issued_by: '哈尔滨市公安局', valid_until: null }))).execute();
  await db.insertInto('agency_household').values(renters.map((r) => ({ id_number: r.idNumber, hukou_address: '哈尔滨市南岗区', area_code: '230103', moved_out_on: null, moved_to: null }))).execute();
  await db.insertInto('agency_social_security').values(renters.map((r) => ({ id_number: r.idNumber, insured_since: '2014-07-01', retired: false, retired_on: null }))).execute();
  await db
    .insertInto('accounts')
    .values(renters.map((r) => ({ account_no: r.accountNo, id_number: r.idNumber, employer_id: 'BENCH-EMP', status: '01', base_fen: 900_000, employee_rate_bp: 1200, unit_rate_bp: 1200, balance_fen: 5_000_000, reserved_fen: 0, opened_on: '2014-07-01' })))
    .execute();
  const paid = months('2024-11-01', 24);
  for (let from = 0; from < renters.length; from += 50) {
    await db
      .insertInto('deposits')
      .values(renters.slice(from, from + 50).flatMap((r) => paid.map((month) => ({ account_no: r.accountNo, month, employee_fen: 108_000, unit_fen: 108_000, paid_on: month.replace(/01$/, '10') }))))
      .execute();
  }
  await db.insertInto('bank_cards').values(renters.map((r) => ({ card_no: cardNumber(700_000 + r.i), id_number: r.idNumber, bank_id: 'ICBC', joint: true, opened_on: '2014-07-01' }))).execute();
  return renters.map((r) => ({ idNumber: r.idNumber, name: r.name }));
}
