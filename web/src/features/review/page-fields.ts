// The decide screen's reading of the materials: the pages the viewer pages through (with the
// fields read on them when the capture stored a reading, else just the hashes of older
// applications), which field disagrees with what, and the record each field is compared with.
import { normaliseForComparison } from '@onetrip/workflows';
import type { ApplicationDetail } from './application-view';

type PagesView = ApplicationDetail['pages'];
export type ReviewField = PagesView['materials'][number]['pages'][number]['fields'][number];
export type FieldMismatch = PagesView['mismatches'][number];
export type Records = PagesView['records'];

export interface FieldRef {
  readonly pageSha256: string;
  readonly key: string;
}

export interface ReadPage {
  readonly sha256: string;
  readonly materialId: string;
  /** pixel size of the rendition the boxes refer to; null for a page without a stored reading */
  readonly size: { readonly width: number; readonly height: number } | null;
  readonly kind: string | null;
  readonly fields: readonly ReviewField[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pages with their readings; an application accepted before readings were stored lists hashes only. */
export function readPagesOf(detail: Pick<ApplicationDetail, 'pages' | 'form'>): ReadPage[] {
  if (detail.pages.materials.length) {
    return detail.pages.materials.flatMap((m) =>
      m.pages.map((p) => ({ sha256: p.sha256, materialId: m.materialId, size: { width: p.width, height: p.height }, kind: p.kind, fields: p.fields })),
    );
  }
  const form: unknown = detail.form;
  const listed = isRecord(form) && Array.isArray(form.materials) ? form.materials : [];
  return listed.flatMap((m: unknown) => {
    if (!isRecord(m) || typeof m.materialId !== 'string' || !Array.isArray(m.pages)) return [];
    const materialId = m.materialId;
    return m.pages.filter((p): p is string => typeof p === 'string').map((sha256) => ({ sha256, materialId, size: null, kind: null, fields: [] }));
  });
}

export const sameField = (a: FieldRef | null, b: FieldRef | null): boolean => !!a && !!b && a.pageSha256 === b.pageSha256 && a.key === b.key;

/** The mismatches found on one field (a field may disagree with the records and with another page). */
export function mismatchesOf(mismatches: readonly FieldMismatch[], field: FieldRef): FieldMismatch[] {
  return mismatches.filter((m) => sameField(m.field, field));
}

/**
 * The value the records hold for a field, for the side-by-side column; null when the field is
 * not compared. Without a registered spouse a certificate's party is compared only when it is
 * the applicant (workflows' fieldMismatches checks that the applicant is named at all).
 */
export function recordValueOf(page: Pick<ReadPage, 'materialId' | 'kind'>, field: Pick<ReviewField, 'key' | 'ocrValue' | 'confirmedValue'>, records: Records, listSeparator: string): string | null {
  const { key } = field;
  const couple = (attribute: 'name' | 'idNumber') => {
    if (records.spouse) return [records.applicant[attribute], records.spouse[attribute]].filter((v): v is string => !!v).join(' / ') || null;
    const value = field.confirmedValue ?? field.ocrValue ?? '';
    return normaliseForComparison(value, attribute) === normaliseForComparison(records.applicant[attribute], attribute) ? records.applicant[attribute] : null;
  };
  switch (page.kind) {
    case 'id_card_front': {
      const who = page.materialId === 'spouse_id_card' ? records.spouse : records.applicant;
      if (key === 'name') return who?.name ?? null;
      if (key === 'idNumber') return who?.idNumber ?? null;
      return null;
    }
    case 'bank_card':
      return key === 'cardNumber' ? records.bankCards.join(listSeparator) || null : null;
    case 'marriage_certificate':
      if (/^name\d$/.test(key)) return couple('name');
      if (/^idNumber\d$/.test(key)) return couple('idNumber');
      return null;
    default:
      return null;
  }
}
