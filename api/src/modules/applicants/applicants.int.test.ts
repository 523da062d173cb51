import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@onetrip/workflows';
import { appCodeOf } from '../../testing/app-code';
import { testTargets } from '../../testing/test-databases';
import { useTestDatabase } from '../../testing/use-test-database';
import { verifyAuditChain } from '../audit/audit.repository';
import { simulatedAdapters } from '../data-sharing/simulators';
import { verifySources } from '../data-sharing/verify-sources';
import { PEOPLE, quietNetwork, seedApplicantFixtures, STAFF_ID } from './applicant.fixtures';
import { loadApplicantFacts } from './applicant-facts.repository';
import { lookupApplicant } from './applicant-lookup.service';

const TODAY = '2026-11-20';

const UNKNOWN = '23010319951212001' + idNumberCheckChar('23010319951212001');
const wrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

describe.each(await testTargets())('applicant facts and lookup on $kind', (target) => {
  const { skip } = target;
  const h = useTestDatabase(target, (trx) => seedApplicantFixtures(trx));

  it.skipIf(!!skip)('loads the renter’s facts as computed by hand', async () => {
    const evidence = await verifySources(h.services, { idNumber: PEOPLE.renter.idNumber }, ['marriage', 'property', 'household', 'social_security', 'credit'], {
      adapters: simulatedAdapters(h.test.database, quietNetwork()),
    });
    const { facts, unverified } = await loadApplicantFacts(h.db, PEOPLE.renter.idNumber, TODAY, evidence);
    expect(facts).toEqual({
      birthDate: '1990-03-15',
      sex: 'male',
      // 30,000.00 yuan balance − 2,000.00 reserved for an application in flight.
      account: { status: 'normal', balanceFen: 2_800_000 },
      // May–Nov 2026 paid; April missing breaks the run.
      deposits: { consecutiveMonthsPaid: 7, contributing: true },
      withdrawals: [
        { businessType: 'withdrawal.rent', on: '2024-11-10', amountFen: 1_500_000 },
        { businessType: 'withdrawal.rent', on: '2025-11-12', amountFen: 1_800_000 },
      ],
      loans: { providentOutstanding: false, providentPastCount: 0, activeRepaymentAgreement: false },
      household: { married: true, homesInCity: 0, hukouInCity: true, hukouCancelledForAbroad: false, foreignNational: false },
      employment: { retired: false, contributesElsewhere: false },
      credit: { seriousBadRecord: false },
    });
    // Married, and the spouse's registry was not asked: the home count is not household-wide.
    expect(unverified).toEqual(['household.homesInCity', 'household.hukouCancelledForAbroad', 'employment.contributesElsewhere', 'loans.activeRepaymentAgreement']);
  });

  it.skipIf(!!skip)('without evidence the agency facts are fallbacks, listed as unverified', async () => {
    const { facts, unverified } = await loadApplicantFacts(h.db, PEOPLE.renter.idNumber, TODAY);
    expect(facts.household).toMatchObject({ married: false, homesInCity: 0, hukouInCity: true });
    expect(unverified).toEqual(expect.arrayContaining(['household.married', 'household.homesInCity', 'household.hukouInCity', 'employment.retired', 'credit.seriousBadRecord', 'loans.commercialLoan']));
  });

  it.skipIf(!!skip)('loads loans: own fund loan with instalments due, the commercial mortgage from credit, the home from the registry', async () => {
    const evidence = await verifySources(h.services, { idNumber: PEOPLE.homeOwner.idNumber }, ['property', 'credit', 'marriage'], {
      adapters: simulatedAdapters(h.test.database, quietNetwork()),
    });
    const { facts } = await loadApplicantFacts(h.db, PEOPLE.homeOwner.idNumber, TODAY, evidence);
    expect(facts.loans).toEqual({
      providentOutstanding: true,
      providentPastCount: 1,
      activeRepaymentAgreement: false,
      // Disbursed 2024-06-18; by 2026-11-20, 29 whole months have passed.
      ownLoan: { balanceFen: 52_000_000, installmentsPaid: 29 },
      commercialLoan: { balanceFen: 41_000_000, repaidLast12MonthsFen: 0, performing: true },
    });
    expect(facts.household.homesInCity).toBe(1);
    // Every month from Jan 2025 to Nov 2026.
    expect(facts.deposits).toEqual({ consecutiveMonthsPaid: 23, contributing: true });
  });

  it.skipIf(!!skip)('a sealed account stopped the month after its last deposit; social security says retired', async () => {
    const evidence = await verifySources(h.services, { idNumber: PEOPLE.retiree.idNumber }, ['social_security'], { adapters: simulatedAdapters(h.test.database, quietNetwork()) });
    const { facts } = await loadApplicantFacts(h.db, PEOPLE.retiree.idNumber, TODAY, evidence);
    expect(facts.account).toEqual({ status: 'sealed', balanceFen: 9_600_000, sealedOn: '2023-06-01' });
    expect(facts.employment.retired).toBe(true);
  });

  it.skipIf(!!skip)('refuses an invalid ID with its code, an unknown person and a person without account', async () => {
    expect(await appCodeOf(loadApplicantFacts(h.db, wrongCheck(PEOPLE.renter.idNumber), TODAY))).toBe('id_number.check_digit');
    expect(await appCodeOf(loadApplicantFacts(h.db, '2301031990031', TODAY))).toBe('id_number.format');
    expect(await appCodeOf(loadApplicantFacts(h.db, UNKNOWN, TODAY))).toBe('applicant.not_found');
    expect(await appCodeOf(loadApplicantFacts(h.db, PEOPLE.single.idNumber, TODAY))).toBe('applicant.no_account');
  });

  it.skipIf(!!skip)('lookup shows the counter view, masked, and appends an audit row', async () => {
    const view = await lookupApplicant(h.services, { id: STAFF_ID }, PEOPLE.renter.idNumber.toLowerCase());
    expect(view).toEqual({
      idNumberMasked: `${PEOPLE.renter.idNumber.slice(0, 4)}**********${PEOPLE.renter.idNumber.slice(-4)}`,
      name: '刘晓明',
      sex: 'male',
      birthDate: '1990-03-15',
      mobileMasked: '138****1000',
      account: {
        accountNo: 'A-RENTER',
        status: 'normal',
        statusCode: '01',
        employer: { id: 'E1', name: '哈尔滨测试有限公司' },
        balanceFen: 3_000_000,
        reservedFen: 200_000,
        availableFen: 2_800_000,
        lastDepositMonth: '2026-11-01',
        lastWithdrawal: { on: '2025-11-12', businessType: 'withdrawal.rent', amountFen: 1_800_000 },
      },
      loans: [],
      bankCards: [
        { cardMasked: '6222 **** **** 3445', bankId: 'ICBC', bankName: '中国工商银行', bankEn: 'Industrial and Commercial Bank of China', joint: true },
        { cardMasked: '6217 **** **** 5678', bankId: 'CCB', bankName: '中国建设银行', bankEn: 'China Construction Bank', joint: false },
      ],
    });
    const rows = await h.db.selectFrom('audit_events').selectAll().where('action', '=', 'applicant.viewed').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_kind: 'staff', actor_id: STAFF_ID, subject_type: 'person', subject_id: PEOPLE.renter.idNumber, data: { accountNo: 'A-RENTER' } });
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });

    const loanView = await lookupApplicant(h.services, { id: STAFF_ID }, PEOPLE.homeOwner.idNumber);
    expect(loanView.loans).toEqual([
      { loanNo: 'L-HOME', role: 'borrower', status: 'active', principalFen: 60_000_000, outstandingFen: 52_000_000, monthlyPaymentFen: 340_000, disbursedOn: '2024-06-18' },
    ]);
    const noAccount = await lookupApplicant(h.services, { id: STAFF_ID }, PEOPLE.single.idNumber);
    expect(noAccount.account).toBeNull();
    expect(await h.db.selectFrom('audit_events').select('seq').where('action', '=', 'applicant.viewed').execute()).toHaveLength(3);
  });

  it.skipIf(!!skip)('lookup refuses an invalid ID and an unknown person, and audits neither', async () => {
    const before = await h.db.selectFrom('audit_events').select('seq').where('action', '=', 'applicant.viewed').execute();
    expect(await appCodeOf(lookupApplicant(h.services, { id: STAFF_ID }, wrongCheck(PEOPLE.renter.idNumber)))).toBe('id_number.check_digit');
    expect(await appCodeOf(lookupApplicant(h.services, { id: STAFF_ID }, UNKNOWN))).toBe('applicant.not_found');
    const after = await h.db.selectFrom('audit_events').select('seq').where('action', '=', 'applicant.viewed').execute();
    expect(after).toHaveLength(before.length);
  });
});
