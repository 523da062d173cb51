// The demo center's population (issue 2, item 6): ~2,000 Harbin employers, ~50,000 employees
// with accounts, 24 months of deposits, withdrawals, loans, bank cards, and the agency records
// the data-sharing simulators answer from. Deterministic for a seed number; see DEMO_SCENARIOS
// for the fixed people tests and demos rely on.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { DB } from '../db/schema';
import { insertRows } from './bulk-insert';
import { insertDeposits, settleBalances } from './deposits.seed';
import { planPopulation, type PopulationOptions, type PopulationPlan } from './population-plan';

export { DEMO_SCENARIOS } from './scenarios';
export { SEED_TODAY } from './seed-calendar';
export { planPopulation, type PopulationOptions, type PopulationPlan } from './population-plan';

export interface PopulationCounts {
  readonly employers: number;
  readonly persons: number;
  readonly accounts: number;
  readonly deposits: number;
  readonly withdrawals: number;
  readonly loans: number;
  readonly bankCards: number;
  readonly marriages: number;
  readonly properties: number;
  readonly credits: number;
}

export function countsOf(plan: PopulationPlan): PopulationCounts {
  return {
    employers: plan.employers.length,
    persons: plan.people.length,
    accounts: plan.people.length,
    deposits: plan.people.reduce((n, p) => n + p.account.depositMonths, 0),
    withdrawals: plan.withdrawals.length,
    loans: plan.loans.length,
    bankCards: plan.cards.length,
    marriages: plan.marriages.length,
    properties: plan.properties.length,
    credits: plan.credits.length,
  };
}

/** `_database` is part of the seeding contract (scripts may need the driver); the rows all go through `trx`. */
export async function seedPopulation(trx: Transaction<DB>, _database: Database, options: PopulationOptions): Promise<PopulationCounts> {
  const plan = planPopulation(options);
  await insertRows(trx, 'employers', plan.employers.map((e) => ({
    id: e.id, credit_code: e.creditCode, name: e.name, address: e.address, office_id: e.officeId,
    status: '01', unit_rate_bp: e.rateBp, employee_rate_bp: e.rateBp, opened_on: e.openedOn,
  })));
  await insertRows(trx, 'persons', plan.people.map((p) => ({
    id_number: p.idNumber, name: p.name, sex: p.sex, birth_date: p.birthDate, mobile: p.mobile, address: p.address,
  })));
  await insertRows(trx, 'accounts', plan.people.map(({ idNumber, account: a }) => ({
    account_no: a.accountNo, id_number: idNumber, employer_id: a.employerId, status: a.status, base_fen: a.baseFen,
    employee_rate_bp: a.rateBp, unit_rate_bp: a.rateBp, balance_fen: a.openingFen, opened_on: a.openedOn,
  })));
  await insertDeposits(trx, plan.people);
  await insertRows(trx, 'withdrawal_records', plan.withdrawals.map((w) => ({
    account_no: w.accountNo, reason_code: w.reasonCode, business_type: w.businessType, amount_fen: w.amountFen, withdrawn_on: w.withdrawnOn,
  })));
  await settleBalances(trx);
  await insertRows(trx, 'loans', plan.loans.map((l) => ({
    loan_no: l.loanNo, id_number: l.idNumber, co_borrower_id_number: l.coBorrower, principal_fen: l.principalFen,
    outstanding_fen: l.outstandingFen, rate_bp: l.rateBp, term_months: l.termMonths, method: l.method,
    monthly_payment_fen: l.monthlyPaymentFen, disbursed_on: l.disbursedOn, status: l.status, house_address: l.houseAddress,
  })));
  await insertRows(trx, 'bank_cards', plan.cards.map((c) => ({
    card_no: c.cardNo, id_number: c.idNumber, bank_id: c.bankId, joint: c.joint, opened_on: c.openedOn, status: 'active',
  })));
  await insertAgencyRecords(trx, plan);
  return countsOf(plan);
}

async function insertAgencyRecords(trx: Transaction<DB>, plan: PopulationPlan): Promise<void> {
  await insertRows(trx, 'agency_identity', plan.people.map((p) => ({
    id_number: p.idNumber, name: p.name, sex: p.sex, birth_date: p.birthDate, ethnicity: p.ethnicity,
    address: p.hukouAddress, issued_by: p.issuedBy, valid_until: p.validUntil,
  })));
  await insertRows(trx, 'agency_household', plan.people.map((p) => ({
    id_number: p.idNumber, hukou_address: p.hukouAddress, area_code: p.hukouDistrict.code, moved_out_on: p.movedOutOn, moved_to: p.movedTo,
  })));
  await insertRows(trx, 'agency_social_security', plan.people.map((p) => ({
    id_number: p.idNumber, insured_since: p.insuredSince, retired: p.retiredOn !== null, retired_on: p.retiredOn,
  })));
  await insertRows(trx, 'agency_marriage', plan.marriages.map((m) => ({
    certificate_no: m.certificateNo, id_number_a: m.a, id_number_b: m.b, status: m.status, registered_on: m.registeredOn,
  })));
  await insertRows(trx, 'agency_property', plan.properties.map((h) => ({
    certificate_no: h.certificateNo, owner_id_number: h.owner, address: h.address, area_m2_x100: h.areaM2x100,
    purchase_price_fen: h.priceFen, contract_no: h.contractNo, registered_on: h.registeredOn,
  })));
  await insertRows(trx, 'agency_credit', plan.credits.map((c) => ({
    id_number: c.idNumber, lender: c.lender, kind: c.kind, principal_fen: c.principalFen,
    outstanding_fen: c.outstandingFen, status: c.status, opened_on: c.openedOn,
  })));
}
