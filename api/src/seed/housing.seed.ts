// Housing and credit: provident-fund loans (~6 % of people) with the house each bought, homes
// owned without a fund loan (~10 %), commercial mortgages (~3 %), consumer and car loans —
// the records 不动产 and 征信 answer from.
import { DISTRICTS, homeAddress } from './harbin-places';
import { annuityOutstandingFen, annuityPaymentFen, equalPrincipalOutstandingFen, equalPrincipalPaymentFen } from './loan-math';
import type { PersonPlan } from './people.seed';
import type { Rng } from './prng';
import { addDays, addYears, ageOn, CURRENT_MONTH, earlierOf, laterOf, monthOf, monthsBetween, randomDate, SEED_TODAY } from './seed-calendar';

export interface LoanPlan {
  readonly loanNo: string;
  readonly idNumber: string;
  readonly coBorrower: string | null;
  readonly principalFen: number;
  readonly outstandingFen: number;
  readonly rateBp: number;
  readonly termMonths: number;
  readonly method: 'equal_installment' | 'equal_principal';
  readonly monthlyPaymentFen: number;
  readonly disbursedOn: string;
  readonly status: 'active' | 'settled';
  readonly houseAddress: string;
}

export interface PropertyPlan {
  readonly certificateNo: string;
  readonly owner: string;
  readonly address: string;
  readonly areaM2x100: number;
  readonly priceFen: number;
  readonly contractNo: string;
  readonly registeredOn: string;
}

export interface CreditPlan {
  readonly idNumber: string;
  readonly lender: string;
  readonly kind: 'commercial_mortgage' | 'consumer' | 'car';
  readonly principalFen: number;
  readonly outstandingFen: number;
  readonly status: 'active' | 'settled';
  readonly openedOn: string;
}

/** Five-year-plus first-home fund rate by contract date (PBOC cuts of 2022-10, 2024-05 and 2025-05). */
export function fundRateBpOn(date: string): number {
  if (date < '2022-10-01') return 325;
  if (date < '2024-05-18') return 310;
  if (date < '2025-05-08') return 285;
  return 260;
}

const COMMERCIAL_LENDERS = ['中国建设银行哈尔滨分行', '中国工商银行哈尔滨分行', '中国银行黑龙江省分行', '哈尔滨银行', '招商银行哈尔滨分行', '交通银行黑龙江省分行'] as const;
const CONSUMER_LENDERS = ['哈尔滨银行', '龙江银行', '招联消费金融有限公司', '中国邮政储蓄银行哈尔滨分行', '马上消费金融股份有限公司'] as const;
const CAR_LENDERS = ['上汽通用汽车金融有限责任公司', '一汽汽车金融有限公司', '中国工商银行哈尔滨分行'] as const;

/** Installments paid by SEED_TODAY: one a month from the month after disbursement, on its day of month. */
export function installmentsPaid(disbursedOn: string): number {
  const months = monthsBetween(monthOf(disbursedOn), CURRENT_MONTH);
  return SEED_TODAY.slice(8) >= disbursedOn.slice(8) ? months : months - 1;
}

export class HousingRegistry {
  readonly loans: LoanPlan[] = [];
  readonly properties: PropertyPlan[] = [];
  readonly credits: CreditPlan[] = [];
  private propertySerial = 0;

  constructor(private readonly rng: Rng) {}

  buyHome(owner: string, registeredOn: string, priceFen: number, address = homeAddress(this.rng, this.rng.pick(DISTRICTS))): PropertyPlan {
    const rng = this.rng;
    const unitPriceYuan = rng.int(6_500, 14_000);
    const area = Math.min(20_000, Math.max(4_000, Math.round(priceFen / unitPriceYuan)));
    this.propertySerial++;
    const property: PropertyPlan = {
      certificateNo: `黑(${registeredOn.slice(0, 4)})哈尔滨市不动产权第${String(this.propertySerial * 7 + 1_000_000).padStart(7, '0')}号`,
      owner,
      address,
      areaM2x100: area,
      priceFen,
      contractNo: `HT${registeredOn.slice(0, 4)}${String(this.propertySerial).padStart(7, '0')}`,
      registeredOn,
    };
    this.properties.push(property);
    return property;
  }

  fundLoan(
    borrower: PersonPlan,
    coBorrower: string | null,
    terms: { principalFen: number; rateBp: number; termMonths: number; disbursedOn: string; method: LoanPlan['method']; settled: boolean },
  ): LoanPlan {
    const { principalFen, rateBp, termMonths, disbursedOn, method } = terms;
    const paid = installmentsPaid(disbursedOn);
    const outstandingFen = terms.settled ? 0
      : method === 'equal_installment' ? annuityOutstandingFen(principalFen, rateBp, termMonths, paid)
        : equalPrincipalOutstandingFen(principalFen, termMonths, paid);
    const monthlyPaymentFen = method === 'equal_installment'
      ? annuityPaymentFen(principalFen, rateBp, termMonths)
      : equalPrincipalPaymentFen(principalFen, rateBp, termMonths, outstandingFen || principalFen);
    const house = this.buyHome(borrower.idNumber, addDays(disbursedOn, -this.rng.int(5, 40)), Math.round(principalFen / (0.5 + 0.3 * this.rng.next()) / 100_000) * 100_000);
    const loan: LoanPlan = {
      loanNo: `DK${disbursedOn.slice(0, 4)}${String(this.loans.length + 1).padStart(6, '0')}`,
      idNumber: borrower.idNumber,
      coBorrower,
      principalFen,
      outstandingFen,
      rateBp,
      termMonths,
      method,
      monthlyPaymentFen,
      disbursedOn,
      status: outstandingFen > 0 ? 'active' : 'settled',
      houseAddress: house.address,
    };
    this.loans.push(loan);
    return loan;
  }

  /** A random fund loan for a working-age borrower: 200k–800k yuan, 10–30 years within working life. */
  randomFundLoan(borrower: PersonPlan, coBorrower: string | null): LoanPlan {
    const rng = this.rng;
    const disbursedOn = randomDate(rng, laterOf(addYears(borrower.birthDate, 25), '2012-01-01'), '2026-10-31');
    const yearsLeft = 65 - ageOn(borrower.birthDate, disbursedOn);
    const terms = [120, 180, 240, 300, 360].filter((t) => t <= yearsLeft * 12);
    const loan = this.fundLoan(borrower, coBorrower, {
      principalFen: rng.int(20, 80) * 10_000 * 100,
      rateBp: fundRateBpOn(disbursedOn),
      termMonths: terms.length ? rng.pick(terms) : 120,
      disbursedOn,
      method: rng.chance(0.85) ? 'equal_installment' : 'equal_principal',
      settled: disbursedOn < '2024-01-01' && rng.chance(0.15),
    });
    // Most borrowers live in the house they bought.
    if (rng.chance(0.6)) borrower.address = loan.houseAddress;
    return loan;
  }

  commercialMortgage(idNumber: string, lender: string, principalFen: number, openedOn: string): void {
    const paid = installmentsPaid(openedOn);
    const outstandingFen = annuityOutstandingFen(principalFen, 490, 300, paid);
    this.credits.push({ idNumber, lender, kind: 'commercial_mortgage', principalFen, outstandingFen, status: outstandingFen > 0 ? 'active' : 'settled', openedOn });
  }

  /** A home bought without a fund loan; about a third of them carry a commercial mortgage. */
  randomOwnHome(owner: PersonPlan, withMortgage: boolean): PropertyPlan {
    const rng = this.rng;
    const registeredOn = randomDate(rng, laterOf(addYears(owner.birthDate, 23), '1998-01-01'), addDays(SEED_TODAY, -15));
    const home = this.buyHome(owner.idNumber, registeredOn, rng.int(40, 180) * 10_000 * 100);
    if (withMortgage) {
      this.commercialMortgage(owner.idNumber, rng.pick(COMMERCIAL_LENDERS), Math.round((home.priceFen * 0.6) / 1_000_000) * 1_000_000, earlierOf(addDays(registeredOn, rng.int(3, 30)), SEED_TODAY));
    }
    return home;
  }

  randomConsumerCredit(idNumber: string, kind: 'consumer' | 'car'): void {
    const rng = this.rng;
    const principalFen = (kind === 'car' ? rng.int(5, 30) : rng.int(2, 30)) * 10_000 * 100;
    const settled = rng.chance(0.4);
    this.credits.push({
      idNumber,
      lender: rng.pick(kind === 'car' ? CAR_LENDERS : CONSUMER_LENDERS),
      kind,
      principalFen,
      outstandingFen: settled ? 0 : Math.round(principalFen * (0.1 + 0.8 * rng.next()) / 100) * 100,
      status: settled ? 'settled' : 'active',
      openedOn: randomDate(rng, '2021-01-01', addDays(SEED_TODAY, -30)),
    });
  }
}
