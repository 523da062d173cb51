// The demo population on both databases: sizes, validity of every identifier, consistency of
// balances with deposits and withdrawals, determinism, and the promises of the scenario people.
import { parseBankCard, parseCreditCode, parseIdNumber, parseMobile } from '@onetrip/workflows';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema';
import { createTestDatabase, testTargets, type TestDatabase } from '../testing/test-databases';
import { seedDemoCenter } from './demo-center';
import { CARD_BINS } from './identifiers';
import { annuityPaymentFen } from './loan-math';
import { seedOrganisation } from './organisation';
import { DEMO_SCENARIOS, planPopulation, SEED_TODAY, seedPopulation, type PopulationCounts } from './population';
import { addMonths } from './seed-calendar';

const SEED = 20_261_122; // seedDemoCenter's default

async function column(db: Kysely<DB>, query: string): Promise<string[]> {
  const { rows } = await sql.raw<{ v: string }>(query).execute(db);
  return rows.map((r) => r.v);
}

async function one<T>(db: Kysely<DB>, query: string): Promise<T> {
  const { rows } = await sql.raw<{ v: T }>(query).execute(db);
  return rows[0]!.v;
}

const targets = await testTargets();

// The full demo center on PGlite (what `pnpm start` seeds); a fifth of it on PostgreSQL, which
// proves the same SQL runs there without paying for the whole population twice.
const SCALE = { pglite: 1, postgres: 0.2 } as const;

describe.each(targets)('the demo center on $kind', ({ kind, skip }) => {
  const scale = SCALE[kind];
  let test: TestDatabase;
  let db: Kysely<DB>;
  let counts: PopulationCounts;
  let seedMs = 0;

  beforeAll(async () => {
    if (skip) return;
    test = await createTestDatabase(kind);
    db = test.database.db;
    const started = performance.now();
    counts = (await seedDemoCenter(test.database, { scale })).counts;
    seedMs = performance.now() - started;
    process.stdout.write(`demo center seeded on ${kind} in ${(seedMs / 1000).toFixed(1)} s\n`);
  }, 300_000);
  afterAll(async () => test?.dispose());

  it.skipIf(!!skip)('seeds the planned sizes', async () => {
    // Seeding speed (60 s on PGlite) is a `pnpm seed` / bench figure, never a test assertion.
    expect(counts.employers).toBe(Math.round(2_000 * scale));
    expect(counts.persons).toBe(Math.round(50_000 * scale));
    expect(await one<number>(db, 'select count(*)::int as v from persons')).toBe(counts.persons);
    expect(await one<number>(db, 'select count(*)::int as v from accounts')).toBe(counts.persons);
    expect(await one<number>(db, 'select count(*)::int as v from deposits')).toBe(counts.deposits);
    expect(counts.deposits).toBeGreaterThan(700_000 * scale);
    expect(counts.loans / counts.persons).toBeGreaterThan(0.05);
    expect(counts.loans / counts.persons).toBeLessThan(0.07);
    const rent = await one<number>(db, "select count(distinct account_no)::int as v from withdrawal_records where reason_code = '07'");
    expect(rent / counts.persons).toBeGreaterThan(0.06);
    expect(rent / counts.persons).toBeLessThan(0.1);
    expect(await one<number>(db, 'select count(*)::int as v from persons p where not exists (select 1 from bank_cards c where c.id_number = p.id_number)')).toBe(0);
    const joint = await one<number>(db, 'select avg(case when joint then 1.0 else 0 end)::float8 as v from (select bool_or(joint) as joint from bank_cards group by id_number) j');
    expect(joint).toBeGreaterThan(0.65);
    expect(joint).toBeLessThan(0.75);
    expect(await one<number>(db, 'select count(*)::int as v from persons p where not exists (select 1 from agency_identity i where i.id_number = p.id_number)')).toBe(0);
    expect(await one<number>(db, "select count(*)::int as v from employers where unit_rate_bp <> employee_rate_bp or unit_rate_bp not between 500 and 1200")).toBe(0);
  });

  it.skipIf(!!skip)('every ID number is valid and agrees with sex and birth date', async () => {
    const { rows } = await sql<{ id_number: string; sex: string; birth_date: string }>`select id_number, sex, birth_date from persons`.execute(db);
    for (const p of rows) {
      const parsed = parseIdNumber(p.id_number, SEED_TODAY);
      if (!parsed.ok || parsed.info.sex !== p.sex || parsed.info.birthDate !== p.birth_date) throw new Error(`bad person ${JSON.stringify(p)}`);
      if (p.birth_date < '1962-01-01' || p.birth_date > '2004-12-31') throw new Error(`birth date out of range ${p.birth_date}`);
    }
    const spouses = await column(db, 'select id_number_a as v from agency_marriage union select id_number_b from agency_marriage');
    for (const id of spouses) expect(parseIdNumber(id, SEED_TODAY).ok, id).toBe(true);
    const identity = await one<number>(db, `select count(*)::int as v from agency_identity i join persons p using (id_number)
      where i.name <> p.name or i.sex <> p.sex or i.birth_date <> p.birth_date`);
    expect(identity).toBe(0);
  });

  it.skipIf(!!skip)('every credit code, card number and mobile is valid', async () => {
    for (const code of await column(db, 'select credit_code as v from employers')) {
      expect(parseCreditCode(code), code).toEqual({ ok: true, value: code });
    }
    const { rows: cards } = await sql<{ card_no: string; bank_id: string }>`select card_no, bank_id from bank_cards`.execute(db);
    for (const c of cards) {
      if (!parseBankCard(c.card_no).ok || !c.card_no.startsWith(CARD_BINS[c.bank_id]!.bin)) throw new Error(`bad card ${JSON.stringify(c)}`);
    }
    for (const m of await column(db, 'select mobile as v from persons')) if (!parseMobile(m).ok) throw new Error(`bad mobile ${m}`);
  });

  it.skipIf(!!skip)('balances are the opening balance plus deposits minus withdrawals, never negative', async () => {
    const opening = new Map(planPopulation({ seed: SEED, scale }).people.map((p) => [p.account.accountNo, p.account.openingFen]));
    const { rows } = await sql<{ account_no: string; balance_fen: number; deposited: number; withdrawn: number }>`
      select a.account_no, a.balance_fen,
             coalesce((select sum(employee_fen + unit_fen) from deposits d where d.account_no = a.account_no), 0)::bigint as deposited,
             coalesce((select sum(amount_fen) from withdrawal_records w where w.account_no = a.account_no), 0)::bigint as withdrawn
        from accounts a`.execute(db);
    expect(rows).toHaveLength(Math.round(50_000 * scale));
    for (const r of rows) {
      if (r.balance_fen < 0 || r.balance_fen !== opening.get(r.account_no)! + r.deposited - r.withdrawn) throw new Error(`balance of ${r.account_no}`);
    }
    const badDeposits = await one<number>(db, `select count(*)::int as v from deposits d join accounts a using (account_no)
      where d.employee_fen <> round(a.base_fen * a.employee_rate_bp / 10000.0) or d.unit_fen <> round(a.base_fen * a.unit_rate_bp / 10000.0)
         or d.paid_on < d.month or d.paid_on > d.month + 4 or extract(day from d.month) <> 1
         or d.month > date '2026-11-01' or d.month < date '2024-12-01' or d.month <= a.opened_on`);
    expect(badDeposits).toBe(0);
    expect(await one<number>(db, 'select count(*)::int as v from accounts where base_fen not between 227000 and 2708300')).toBe(0);
  });

  it.skipIf(!!skip)('loans follow the annuity formula and each house is registered to its borrower', async () => {
    const { rows } = await sql<{ principal_fen: number; rate_bp: number; term_months: number; monthly_payment_fen: number; outstanding_fen: number; status: string }>`
      select principal_fen, rate_bp, term_months, monthly_payment_fen, outstanding_fen, status from loans where method = 'equal_installment'`.execute(db);
    for (const l of rows) {
      expect(l.monthly_payment_fen).toBe(annuityPaymentFen(l.principal_fen, l.rate_bp, l.term_months));
      expect(l.outstanding_fen > 0).toBe(l.status === 'active');
      expect(l.outstanding_fen).toBeLessThanOrEqual(l.principal_fen);
    }
    expect(await one<number>(db, `select count(*)::int as v from loans l where not exists
      (select 1 from agency_property p where p.owner_id_number = l.id_number and p.address = l.house_address)`)).toBe(0);
  });

  it.skipIf(!!skip)('each scenario person has what the name promises', async () => {
    const s = DEMO_SCENARIOS;
    const account = (key: keyof typeof s) => sql<{ status: string; balance_fen: number; account_no: string }>`
      select status, balance_fen, account_no from accounts where id_number = ${s[key].idNumber}`.execute(db).then((r) => r.rows[0]!);
    const count = (query: string, key: keyof typeof s) => one<number>(db, query.replaceAll('$ID', `'${s[key].idNumber}'`));
    for (const key of Object.keys(s) as (keyof typeof s)[]) {
      expect(await count('select count(*)::int as v from persons where id_number = $ID', key), key).toBe(1);
    }
    const spouseOf = (key: keyof typeof s) => count(`select count(*)::int as v from agency_marriage where status = 'married' and (id_number_a = $ID or id_number_b = $ID)`, key);

    const rent = await account('rentEligible');
    expect(rent.status).toBe('01');
    expect(rent.balance_fen).toBeGreaterThan(2_000_000);
    expect(await count('select count(*)::int as v from withdrawal_records w join accounts a using (account_no) where a.id_number = $ID', 'rentEligible')).toBe(0);
    expect(await spouseOf('rentEligible')).toBe(1);
    for (const who of ['rentEligible', 'rentEligibleSpouse', 'loanApplicant', 'loanApplicantSpouse', 'renterReviewA', 'renterReviewB', 'renterBoardA', 'renterBoardB', 'renterProgress'] as const) {
      expect(await count('select count(*)::int as v from agency_property where owner_id_number = $ID', who), who).toBe(0);
      expect(await count('select count(*)::int as v from loans where id_number = $ID or co_borrower_id_number = $ID', who), who).toBe(0);
      expect(await count('select count(*)::int as v from agency_credit where id_number = $ID', who), who).toBe(0);
    }

    const lastRent = await count(`select max(withdrawn_on)::text as v from withdrawal_records w join accounts a using (account_no) where a.id_number = $ID and reason_code = '07'`, 'rentIntervalNotReached');
    expect(String(lastRent) > addMonths(SEED_TODAY, -4) && String(lastRent) < addMonths(SEED_TODAY, -2)).toBe(true);

    expect(await count(`select count(*)::int as v from loans where id_number = $ID and status = 'active' and outstanding_fen > 0 and co_borrower_id_number is not null`, 'loanOutstanding')).toBe(1);
    expect(await count(`select count(*)::int as v from agency_social_security where id_number = $ID and retired and retired_on <= date '${SEED_TODAY}'`, 'retiree')).toBe(1);
    expect(await count(`select count(*)::int as v from agency_household where id_number = $ID and moved_out_on is not null and moved_to is not null`, 'hukouMovedOut')).toBe(1);
    expect((await account('sealedAccount')).status).toBe('02');
    expect(await count(`select count(*)::int as v from agency_social_security where id_number = $ID and retired`, 'sealedAccount')).toBe(0);

    const applicant = await account('loanApplicant');
    expect(applicant.status).toBe('01');
    expect(await one<number>(db, `select count(*)::int as v from deposits where account_no = '${applicant.account_no}' and month >= date '2025-12-01'`)).toBe(12);
    expect(await spouseOf('loanApplicant')).toBe(1);
    expect(await count(`select count(*)::int as v from persons p join agency_marriage m on p.id_number in (m.id_number_a, m.id_number_b)
      where m.status = 'married' and $ID in (m.id_number_a, m.id_number_b) and p.id_number <> $ID`, 'loanApplicant')).toBe(1);

    expect(await count(`select count(*)::int as v from agency_credit where id_number = $ID and kind = 'commercial_mortgage' and status = 'active'`, 'commercialLoanHolder')).toBe(1);
    expect(await count('select count(*)::int as v from loans where id_number = $ID', 'commercialLoanHolder')).toBe(0);
    expect(await count('select count(*)::int as v from agency_property where owner_id_number = $ID', 'commercialLoanHolder')).toBe(1);
  });
});

/** Hash of every seeded table's rows in a fixed order (identity ids left out). */
async function populationHash(db: Kysely<DB>): Promise<string> {
  const tables: [string, string, string][] = [
    ['employers', 'e', 'id'], ['persons', 'p', 'id_number'], ['accounts', 'a', 'account_no'], ['deposits', 'd', 'account_no, month'],
    ['loans', 'l', 'loan_no'], ['bank_cards', 'c', 'card_no'], ['agency_identity', 'i', 'id_number'], ['agency_household', 'h', 'id_number'],
    ['agency_marriage', 'm', 'certificate_no'], ['agency_property', 'pr', 'certificate_no'], ['agency_social_security', 's', 'id_number'],
  ];
  const parts: string[] = [];
  for (const [table, alias, order] of tables) {
    parts.push(await one<string>(db, `select md5(string_agg(${alias}::text, '|' order by ${order.split(', ').map((c) => `${alias}.${c}`).join(', ')})) as v from ${table} ${alias}`));
  }
  parts.push(await one<string>(db, `select md5(string_agg(concat_ws(',', account_no, reason_code, amount_fen, withdrawn_on), '|' order by account_no, withdrawn_on, reason_code, amount_fen)) as v from withdrawal_records`));
  parts.push(await one<string>(db, `select md5(string_agg(concat_ws(',', id_number, lender, kind, principal_fen, outstanding_fen, status, opened_on), '|' order by id_number, opened_on, kind, lender)) as v from agency_credit`));
  return parts.join('');
}

describe('determinism (scale 0.02)', () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of opened) await t.dispose();
  });

  async function seededHash(kind: 'pglite' | 'postgres', seed: number): Promise<string> {
    const t = await createTestDatabase(kind);
    opened.push(t);
    await t.database.db.transaction().execute(async (trx) => {
      await seedOrganisation(trx);
      await seedPopulation(trx, t.database, { seed, scale: 0.02 });
    });
    return populationHash(t.database.db);
  }

  it('the same seed gives the same rows, on either database; another seed does not', async () => {
    const first = await seededHash('pglite', 7);
    expect(await seededHash('pglite', 7)).toBe(first);
    expect(await seededHash('pglite', 8)).not.toBe(first);
    if (!targets.find((t) => t.kind === 'postgres')?.skip) expect(await seededHash('postgres', 7)).toBe(first);
  }, 120_000);
});
