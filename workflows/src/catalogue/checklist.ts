// The counter checklist and the booking's "what to bring": the catalogue's materials with
// conditions resolved from the applicant's answers, minus what shared government data proved.
import { businessType } from './business-types';
import type { BusinessTypeCode } from './business-type-codes';
import type { BusinessType, ChecklistFact, MaterialRequirement, SharingSource } from './catalogue.types';

export type ChecklistStatus =
  /** Bring / scan it. */
  | 'needed'
  /** A data-sharing source answered with evidence: no paper (mission item 8). */
  | 'waived'
  /** Its condition does not hold for this applicant. */
  | 'not_needed'
  /** Its condition is unanswered: the clerk asks, the booking says "bring if …". */
  | 'ask';

export interface ChecklistItem {
  readonly material: MaterialRequirement;
  readonly status: ChecklistStatus;
  /** Set when waived: the source that proved it. */
  readonly waivedBy?: SharingSource;
}

export interface ChecklistFacts {
  readonly answers?: Partial<Record<ChecklistFact, boolean>>;
  /** Sources that answered with evidence for this applicant (not merely: are connected). */
  readonly evidence?: readonly SharingSource[];
}

export interface Checklist {
  readonly businessType: BusinessTypeCode;
  readonly items: readonly ChecklistItem[];
}

export function checklistFor(type: BusinessType | BusinessTypeCode, facts: ChecklistFacts = {}): Checklist {
  const t = typeof type === 'string' ? businessType(type) : type;
  const answers = facts.answers ?? {};
  const evidence = new Set(facts.evidence ?? []);
  const items = t.materials.map((material): ChecklistItem => {
    const applies = material.condition ? answers[material.condition.fact] : true;
    if (applies !== undefined && applies !== (material.condition?.when ?? true)) return { material, status: 'not_needed' };
    // Evidence waives even an unanswered conditional one: there is nothing left to ask about.
    if (material.provableBy && evidence.has(material.provableBy)) {
      return { material, status: 'waived', waivedBy: material.provableBy };
    }
    return { material, status: applies === undefined ? 'ask' : 'needed' };
  });
  return { businessType: t.code, items };
}

/** The materials a clerk must still scan (needed, plus unanswered ones to ask about). */
export function materialsToCollect(checklist: Checklist): readonly ChecklistItem[] {
  return checklist.items.filter((i) => i.status === 'needed' || i.status === 'ask');
}
