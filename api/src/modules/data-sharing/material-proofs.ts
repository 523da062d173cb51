// Which shared-data answer proves which material (domain.md §3.2 "Waivable by sharing"). The
// catalogue says which source *can* prove a material; this file says which *answer* does: a
// marriage record proves the certificate only if it says married, the property registry proves
// "no home in the city" only when it shows none for the applicant and, if married, the spouse.
// Materials whose source has no such field here (termination, death, kinship, heirs' and legal
// representatives' IDs) are not proved: the paper is asked for.
import type { BusinessTypeCode, SharingSource } from '@onetrip/workflows';
import type { SharingEvidence, SharingQuery, UnavailableReason } from './sharing-evidence';

export interface SourceNeed {
  readonly source: SharingSource;
  readonly about: SharingQuery['about'];
}

/** What the sources said, by whom it was about; a missing key = not asked or not answered. */
export interface AnswersAt {
  readonly applicant: Partial<Record<SharingSource, SharingEvidence>>;
  readonly spouse: Partial<Record<SharingSource, SharingEvidence>>;
  readonly unavailable: readonly { readonly need: SourceNeed; readonly reason: UnavailableReason }[];
}

export type Proof =
  | { readonly proven: true; readonly evidence: readonly SharingEvidence[] }
  | { readonly proven: false; readonly because?: { readonly source: SharingSource; readonly reason: UnavailableReason } };

interface ProofRule {
  readonly needs: readonly SourceNeed[];
  /** Evidence that proves the material, or undefined when the answers do not prove it. */
  prove(a: AnswersAt, businessType: BusinessTypeCode): readonly SharingEvidence[] | undefined;
}

const applicant = (source: SharingSource): SourceNeed => ({ source, about: 'applicant' });
const spouse = (source: SharingSource): SourceNeed => ({ source, about: 'spouse' });

const field = (e: SharingEvidence | undefined, key: string): unknown => e?.summary?.[key];

/** The marriage record says the applicant is married now. */
function married(a: AnswersAt): SharingEvidence | undefined {
  const m = a.applicant.marriage;
  return field(m, 'status') === 'married' ? m : undefined;
}

function identityHolds(e: SharingEvidence | undefined): boolean {
  if (!e?.summary) return false;
  const validUntil = field(e, 'validUntil');
  const stillValid = validUntil === null || (typeof validUntil === 'string' && validUntil >= e.at.slice(0, 10));
  return field(e, 'matchesIdNumber') === true && field(e, 'nameMatches') !== false && stillValid;
}

/**
 * A loan to buy a home: the home is not registered yet, so the registry cannot prove its
 * contract or certificate (the online-filing feed is not connected).
 */
const HOME_NOT_YET_REGISTERED: ReadonlySet<BusinessTypeCode> = new Set(['loan.purchase']);

/** Exactly one registered home: the registry then unambiguously proves the home the business is about. */
function theOneHome(a: AnswersAt, businessType: BusinessTypeCode): readonly SharingEvidence[] | undefined {
  const p = a.applicant.property;
  if (HOME_NOT_YET_REGISTERED.has(businessType)) return undefined;
  return p && field(p, 'propertiesInCity') === 1 ? [p] : undefined;
}

function theOneMortgage(a: AnswersAt): readonly SharingEvidence[] | undefined {
  const c = a.applicant.credit;
  const loans = field(c, 'activeCommercialMortgages');
  return c && Array.isArray(loans) && loans.length === 1 ? [c] : undefined;
}

const ID_CARD: ProofRule = {
  needs: [applicant('identity')],
  prove: (a) => (identityHolds(a.applicant.identity) ? [a.applicant.identity!] : undefined),
};

export const PROOF_RULES: Readonly<Record<string, ProofRule>> = {
  id_card_front: ID_CARD,
  id_card_back: ID_CARD,
  hukou_booklet: {
    needs: [applicant('household')],
    prove: (a) => (a.applicant.household?.summary ? [a.applicant.household] : undefined),
  },
  hukou_cancellation: {
    needs: [applicant('household')],
    prove: (a) => (typeof field(a.applicant.household, 'movedOutOn') === 'string' ? [a.applicant.household!] : undefined),
  },
  marriage_certificate: {
    needs: [applicant('marriage')],
    prove: (a) => {
      const m = married(a);
      return m ? [m] : undefined;
    },
  },
  spouse_id_card: {
    needs: [applicant('marriage'), spouse('identity')],
    prove: (a) => {
      const m = married(a);
      return m && identityHolds(a.spouse.identity) ? [m, a.spouse.identity!] : undefined;
    },
  },
  // Rent: neither the applicant nor the spouse owns a home in the city (§3.2).
  no_home_proof: {
    needs: [applicant('property'), applicant('marriage'), spouse('property')],
    prove: (a) => {
      const own = a.applicant.property;
      if (!own || field(own, 'propertiesInCity') !== 0) return undefined;
      const m = a.applicant.marriage;
      if (!m) return undefined;
      if (field(m, 'status') !== 'married') return [own, m];
      const theirs = a.spouse.property;
      return theirs && field(theirs, 'propertiesInCity') === 0 ? [own, m, theirs] : undefined;
    },
  },
  purchase_contract: { needs: [applicant('property')], prove: theOneHome },
  property_certificate: { needs: [applicant('property')], prove: theOneHome },
  loan_contract_commercial: { needs: [applicant('credit')], prove: theOneMortgage },
  repayment_statement: { needs: [applicant('credit')], prove: theOneMortgage },
  retirement_certificate: {
    needs: [applicant('social_security')],
    prove: (a) => (field(a.applicant.social_security, 'retired') === true ? [a.applicant.social_security!] : undefined),
  },
};

/** The sources a material's proof reads; empty when shared data cannot prove it here. */
export function proofNeeds(materialId: string): readonly SourceNeed[] {
  return PROOF_RULES[materialId]?.needs ?? [];
}

export function proveMaterial(materialId: string, answers: AnswersAt, businessType: BusinessTypeCode): Proof {
  const rule = PROOF_RULES[materialId];
  if (!rule) return { proven: false };
  const evidence = rule.prove(answers, businessType);
  if (evidence) return { proven: true, evidence };
  // Not proved: name the first needed source that did not answer, so the clerk can say why.
  // A spouse query that never ran (no marriage on record) is not a missing answer.
  const down = answers.unavailable.find((u) => rule.needs.some((n) => n.source === u.need.source && n.about === u.need.about));
  return down ? { proven: false, because: { source: down.need.source, reason: down.reason } } : { proven: false };
}
