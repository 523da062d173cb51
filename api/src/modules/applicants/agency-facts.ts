// The ApplicantFacts parts only another agency knows (marriage, homes, hukou, pension, credit),
// read from the data-sharing evidence. Where a source did not answer or was not asked, the fact
// gets a stated fallback and is listed as unverified, so the reviewer sees it was not checked
// instead of a silent "no".
import type { ApplicantFacts, Fen } from '@onetrip/workflows';
import { answersAt } from '../data-sharing/shared-data-checklist';
import type { SharingEvidence, SourceResult } from '../data-sharing/sharing-evidence';

/** A path into ApplicantFacts whose value is a fallback, not a checked fact. */
export type UnverifiedFact =
  | 'household.married'
  | 'household.homesInCity'
  | 'household.hukouInCity'
  | 'household.hukouCancelledForAbroad'
  | 'employment.retired'
  | 'employment.contributesElsewhere'
  | 'credit.seriousBadRecord'
  | 'loans.commercialLoan'
  | 'loans.activeRepaymentAgreement';

export interface AgencyFacts {
  readonly household: ApplicantFacts['household'];
  readonly employment: ApplicantFacts['employment'];
  readonly credit: ApplicantFacts['credit'];
  readonly commercialLoan?: NonNullable<ApplicantFacts['loans']['commercialLoan']>;
  readonly unverified: readonly UnverifiedFact[];
}

const field = (e: SharingEvidence | undefined, key: string): unknown => e?.summary?.[key];

/** `homesFromOwnLoans`: distinct homes the centre financed, a lower bound when the registry is silent. */
export function agencyFacts(results: readonly SourceResult[], homesFromOwnLoans: number): AgencyFacts {
  const { applicant: a, spouse: s } = answersAt(results);
  const unverified: UnverifiedFact[] = [];
  const checked = <T>(e: SharingEvidence | undefined, fact: UnverifiedFact, read: (e: SharingEvidence) => T, fallback: T): T => {
    if (e) return read(e);
    unverified.push(fact);
    return fallback;
  };

  const married = checked(a.marriage, 'household.married', (e) => field(e, 'status') === 'married', false);
  const homes = (e: SharingEvidence | undefined) => (typeof field(e, 'propertiesInCity') === 'number' ? (field(e, 'propertiesInCity') as number) : 0);
  // Household-wide: the spouse's homes count too when the spouse's registry answer is there.
  const homesInCity = checked(a.property, 'household.homesInCity', (e) => homes(e) + homes(s.property), homesFromOwnLoans);
  if (a.property && married && !s.property) unverified.push('household.homesInCity');
  // No record in the city's register means the hukou is not here.
  const hukouInCity = checked(a.household, 'household.hukouInCity', (e) => e.summary !== null && field(e, 'movedOutOn') === null, true);
  // The register answer carries no "cancelled for settling abroad" marker; an application for it
  // brings the cancellation proof and the reviewer confirms.
  unverified.push('household.hukouCancelledForAbroad');

  const retired = checked(a.social_security, 'employment.retired', (e) => field(e, 'retired') === true, false);
  // The national transfer platform is not connected: contributing in another city is unknown.
  unverified.push('employment.contributesElsewhere');
  // The simulated credit report lists loans, not delinquencies: an answer means no serious record.
  const seriousBadRecord = checked(a.credit, 'credit.seriousBadRecord', () => false, false);

  const mortgages = field(a.credit, 'activeCommercialMortgages');
  const first = Array.isArray(mortgages) ? (mortgages[0] as { outstandingFen?: unknown } | undefined) : undefined;
  if (!a.credit) unverified.push('loans.commercialLoan');
  const commercialLoan =
    first && typeof first.outstandingFen === 'number'
      ? // Repayments of the last 12 months are not in the report summary: 0 until a statement says otherwise.
        { balanceFen: first.outstandingFen as Fen, repaidLast12MonthsFen: 0, performing: true }
      : undefined;

  return {
    household: { married, homesInCity, hukouInCity, hukouCancelledForAbroad: false, foreignNational: false },
    employment: { retired, contributesElsewhere: false },
    credit: { seriousBadRecord },
    ...(commercialLoan ? { commercialLoan } : {}),
    unverified,
  };
}
