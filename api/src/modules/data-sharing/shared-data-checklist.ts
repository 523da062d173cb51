// The counter checklist with shared data applied: the catalogue's checklistFor decides which
// materials apply (conditions, answers); material-proofs decides which answers prove which
// material. Pure, so the decision is unit-tested without agencies or a database.
import {
  checklistFor,
  type BusinessTypeCode,
  type ChecklistFact,
  type Localized,
  type MaterialCondition,
  type OcrMaterialKind,
  type SharingSource,
} from '@onetrip/workflows';
import { proofNeeds, proveMaterial, type AnswersAt, type SourceNeed } from './material-proofs';
import { SHARING_SOURCES } from './sharing-adapter';
import { isEvidence, type SharingEvidence, type SourceResult, type UnavailableReason } from './sharing-evidence';

export type ChecklistAnswers = Partial<Record<ChecklistFact, boolean>>;

export type MaterialStatus =
  /** Bring / scan it. */
  | 'required'
  /** Shared data proved it: no paper. */
  | 'waived'
  /** Its condition does not hold for this applicant. */
  | 'not_needed'
  /** Its condition is unanswered: the clerk asks. */
  | 'ask';

/** One line of the checklist as stored in `applications.checklist` (plain JSON). */
export interface ChecklistEntry {
  readonly materialId: string;
  readonly name: Localized;
  readonly ocrKind: OcrMaterialKind;
  readonly condition?: MaterialCondition;
  readonly status: MaterialStatus;
  /** Set when waived: the sealed answers that proved it. */
  readonly waivedBy?: { readonly source: SharingSource; readonly evidence: readonly SharingEvidence[] };
  /** Set when paper is asked for only because a source did not answer ("required because … did not answer"). */
  readonly because?: { readonly source: SharingSource; readonly reason: UnavailableReason };
}

export interface SourcesToAsk {
  readonly applicant: readonly SharingSource[];
  /** Asked only once the marriage registry names a current spouse. */
  readonly spouse: readonly SharingSource[];
}

function ordered(needs: readonly SourceNeed[], about: SourceNeed['about']): SharingSource[] {
  const wanted = new Set(needs.filter((n) => n.about === about).map((n) => n.source));
  return SHARING_SOURCES.filter((s) => wanted.has(s));
}

/** The sources worth asking: those that could prove a material that applies or is still open. */
export function sourcesToAsk(businessType: BusinessTypeCode, answers: ChecklistAnswers): SourcesToAsk {
  const open = checklistFor(businessType, { answers }).items.filter((i) => i.status !== 'not_needed');
  const needs = open.flatMap((i) => proofNeeds(i.material.id));
  return { applicant: ordered(needs, 'applicant'), spouse: ordered(needs, 'spouse') };
}

/** Indexes source results by whom they were about. */
export function answersAt(results: readonly SourceResult[]): AnswersAt {
  const applicant: Partial<Record<SharingSource, SharingEvidence>> = {};
  const spouse: Partial<Record<SharingSource, SharingEvidence>> = {};
  const unavailable: { need: SourceNeed; reason: UnavailableReason }[] = [];
  for (const r of results) {
    if (isEvidence(r)) (r.query.about === 'spouse' ? spouse : applicant)[r.source] = r;
    else unavailable.push({ need: { source: r.source, about: r.query.about }, reason: r.unavailable });
  }
  return { applicant, spouse, unavailable };
}

export function decideChecklist(businessType: BusinessTypeCode, answers: ChecklistAnswers, results: readonly SourceResult[]): ChecklistEntry[] {
  const at = answersAt(results);
  const withoutEvidence = checklistFor(businessType, { answers }).items;
  // checklistFor owns the rule "evidence waives even an unanswered conditional material"; asking
  // it with every source tells us where a proof may waive, the proof then says whether it does.
  const waivable = checklistFor(businessType, { answers, evidence: SHARING_SOURCES }).items;
  return withoutEvidence.map((item, i) => {
    const m = item.material;
    const base = { materialId: m.id, name: m.name, ocrKind: m.ocrKind, ...(m.condition ? { condition: m.condition } : {}) };
    if (item.status === 'not_needed') return { ...base, status: 'not_needed' };
    const proof = proveMaterial(m.id, at, businessType);
    const waived = waivable[i]?.waivedBy;
    if (proof.proven && waived) return { ...base, status: 'waived', waivedBy: { source: waived, evidence: proof.evidence } };
    const status: MaterialStatus = item.status === 'ask' ? 'ask' : 'required';
    return { ...base, status, ...(!proof.proven && proof.because ? { because: proof.because } : {}) };
  });
}
