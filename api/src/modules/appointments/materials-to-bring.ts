// What a booking tells the applicant to bring: the catalogue's materials for the business,
// minus those shared government data already proved. Stored with the appointment as shown, so
// the window checks against exactly what the person was told.
import { checklistFor, type BusinessTypeCode, type ChecklistFact, type Localized, type MaterialCondition, type SharingSource } from '@onetrip/workflows';
import type { ChecklistEntry } from '../data-sharing/shared-data-checklist';
import type { UnavailableReason } from '../data-sharing/sharing-evidence';

export interface MaterialToBring {
  readonly materialId: string;
  readonly name: Localized;
  /** `ask`: bring it if the condition holds ("bring if married …"). */
  readonly status: 'required' | 'ask';
  readonly condition?: MaterialCondition;
  /** Paper is asked for only because this source did not answer. */
  readonly because?: { readonly source: SharingSource; readonly reason: UnavailableReason };
}

export interface WaivedMaterial {
  readonly materialId: string;
  readonly name: Localized;
  readonly source: SharingSource;
  /** ISO instant of the agency's answer. */
  readonly verifiedAt: string;
}

export interface MaterialsToBring {
  /** ISO instant the list was decided. */
  readonly checkedAt: string;
  /**
   * `verified`: every source asked answered; `partial`: some did not, their materials are in
   * `bring` with `because`; `unavailable`: the shared-data check failed as a whole, so the list
   * is the catalogue's; `not_asked`: demo data, made without asking any agency.
   */
  readonly sharedData: 'verified' | 'partial' | 'unavailable' | 'not_asked';
  readonly bring: readonly MaterialToBring[];
  readonly waived: readonly WaivedMaterial[];
}

export function fromSharedChecklist(items: readonly ChecklistEntry[], checkedAt: string): MaterialsToBring {
  const bring: MaterialToBring[] = [];
  const waived: WaivedMaterial[] = [];
  for (const i of items) {
    if (i.status === 'required' || i.status === 'ask') {
      bring.push({
        materialId: i.materialId,
        name: i.name,
        status: i.status,
        ...(i.condition ? { condition: i.condition } : {}),
        ...(i.because ? { because: i.because } : {}),
      });
    } else if (i.status === 'waived' && i.waivedBy) {
      waived.push({ materialId: i.materialId, name: i.name, source: i.waivedBy.source, verifiedAt: i.waivedBy.evidence[0]?.at ?? checkedAt });
    }
  }
  return { checkedAt, sharedData: bring.some((b) => b.because) ? 'partial' : 'verified', bring, waived };
}

/** The catalogue's list alone: when shared data could not be asked (or, for demo data, was not). */
export function fromCatalogue(
  businessType: BusinessTypeCode,
  answers: Partial<Record<ChecklistFact, boolean>>,
  checkedAt: string,
  sharedData: 'unavailable' | 'not_asked',
): MaterialsToBring {
  const bring = checklistFor(businessType, { answers })
    .items.filter((i) => i.status === 'needed' || i.status === 'ask')
    .map((i): MaterialToBring => ({
      materialId: i.material.id,
      name: i.material.name,
      status: i.status === 'ask' ? 'ask' : 'required',
      ...(i.material.condition ? { condition: i.material.condition } : {}),
    }));
  return { checkedAt, sharedData, bring, waived: [] };
}
