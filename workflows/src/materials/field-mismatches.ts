// What the pages say against what the center knows: each field read on a page (the clerk's
// confirmed value, else what OCR read) is compared with the system's records — the person's name
// and ID number, the bank cards on file, the registered spouse — and with the same fact on the
// other materials (the name on the ID card must be a name on the marriage certificate). Values
// are compared normalised: whitespace, full-width forms and letter case do not count.

/** A field on one page of one material. */
export interface PageField {
  readonly materialId: string;
  readonly pageSha256: string;
  /** the material kind the clerk assigned to the page (OCR kinds: id_card_front, bank_card …) */
  readonly kind: string;
  readonly key: string;
  readonly ocrValue: string | null;
  readonly confirmedValue: string | null;
}

export interface RecordFacts {
  readonly applicant: { readonly name: string; readonly idNumber: string };
  /** full numbers of the applicant's active cards on file */
  readonly bankCards: readonly string[];
  /** the registered spouse, when the marriage registry has one */
  readonly spouse: { readonly name: string | null; readonly idNumber: string } | null;
}

export type MismatchAttribute = 'name' | 'idNumber' | 'cardNumber';
export type MismatchCode = 'differs_from_record' | 'card_not_on_file' | 'differs_between_materials';

export interface FieldRef {
  readonly materialId: string;
  readonly pageSha256: string;
  readonly key: string;
}

export interface FieldMismatch {
  readonly code: MismatchCode;
  readonly attribute: MismatchAttribute;
  readonly field: FieldRef;
  /** the value compared, as the page/clerk gave it */
  readonly value: string;
  /** whether that value is the clerk's confirmation or OCR's reading */
  readonly source: 'confirmed' | 'ocr';
  /** what would have matched (the record's values, or the other material's value) */
  readonly expected: readonly string[];
  /** the record compared with, or the other material's field */
  readonly against: { readonly record: 'applicant' | 'spouse' | 'couple' | 'bank_cards' } | { readonly field: FieldRef };
}

/** Whose fact a field states. */
type Party = 'applicant' | 'spouse' | 'couple';
interface Claim {
  readonly party: Party;
  readonly attribute: MismatchAttribute;
}

/** The spouse's ID card is an ID card too: the material says whose it is. */
const SPOUSE_MATERIALS: ReadonlySet<string> = new Set(['spouse_id_card']);

function claimOf(f: PageField): Claim | null {
  switch (f.kind) {
    case 'id_card_front': {
      const party = SPOUSE_MATERIALS.has(f.materialId) ? 'spouse' : 'applicant';
      if (f.key === 'name') return { party, attribute: 'name' };
      if (f.key === 'idNumber') return { party, attribute: 'idNumber' };
      return null;
    }
    case 'bank_card':
      return f.key === 'cardNumber' ? { party: 'applicant', attribute: 'cardNumber' } : null;
    case 'marriage_certificate':
      if (/^name\d$/.test(f.key)) return { party: 'couple', attribute: 'name' };
      if (/^idNumber\d$/.test(f.key)) return { party: 'couple', attribute: 'idNumber' };
      return null;
    default:
      return null;
  }
}

/** Whitespace and separators out, full-width forms to ASCII (NFKC), letters upper-case. */
export function normaliseForComparison(value: string, attribute: MismatchAttribute): string {
  const folded = value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return attribute === 'name' ? folded.replace(/[·•・]/g, '·') : folded.replace(/-/g, '');
}

interface Read {
  readonly field: PageField;
  readonly claim: Claim;
  readonly value: string;
  readonly source: 'confirmed' | 'ocr';
  readonly norm: string;
}

const refOf = (f: PageField): FieldRef => ({ materialId: f.materialId, pageSha256: f.pageSha256, key: f.key });

/** The couple's fields of each certificate page, per attribute (a page's names, its ID numbers). */
function couplePages(reads: readonly Read[]): Map<string, Read[]> {
  const pages = new Map<string, Read[]>();
  for (const r of reads) {
    if (r.claim.party !== 'couple') continue;
    const id = `${r.field.materialId}:${r.field.pageSha256}:${r.claim.attribute}`;
    pages.set(id, [...(pages.get(id) ?? []), r]);
  }
  return pages;
}

/** A certificate's first field of a kind carries a finding about the page (e.g. name1). */
const firstByKey = (page: readonly Read[]): Read => [...page].sort((a, b) => a.field.key.localeCompare(b.field.key))[0]!;

export function fieldMismatches(fields: readonly PageField[], records: RecordFacts): FieldMismatch[] {
  const reads: Read[] = [];
  for (const field of fields) {
    const claim = claimOf(field);
    const confirmed = field.confirmedValue?.trim() ? field.confirmedValue : null;
    const value = confirmed ?? (field.ocrValue?.trim() ? field.ocrValue : null);
    if (!claim || value === null) continue;
    reads.push({ field, claim, value, source: confirmed !== null ? 'confirmed' : 'ocr', norm: normaliseForComparison(value, claim.attribute) });
  }
  const out: FieldMismatch[] = [];
  const push = (r: Read, code: MismatchCode, expected: readonly string[], against: FieldMismatch['against']) =>
    out.push({ code, attribute: r.claim.attribute, field: refOf(r.field), value: r.value, source: r.source, expected, against });

  const recordOf = (party: 'applicant' | 'spouse', attribute: 'name' | 'idNumber'): string | null => {
    const who = party === 'applicant' ? records.applicant : records.spouse;
    return who ? who[attribute] : null;
  };

  // Against the records.
  for (const r of reads) {
    const { party, attribute } = r.claim;
    if (attribute === 'cardNumber') {
      if (!records.bankCards.some((c) => normaliseForComparison(c, 'cardNumber') === r.norm)) push(r, 'card_not_on_file', records.bankCards, { record: 'bank_cards' });
      continue;
    }
    // Without a registered spouse only the applicant is known: checked per certificate below.
    if (party === 'couple' && !records.spouse) continue;
    const expected = (party === 'couple' ? [recordOf('applicant', attribute), recordOf('spouse', attribute)] : [recordOf(party, attribute)]).filter((v): v is string => v !== null);
    if (!expected.length) continue;
    if (!expected.some((e) => normaliseForComparison(e, attribute) === r.norm)) push(r, 'differs_from_record', expected, { record: party });
  }

  const certificates = couplePages(reads);
  // A certificate of a couple when the records know no spouse must at least name the applicant.
  if (!records.spouse) {
    for (const page of certificates.values()) {
      const wanted = records.applicant[page[0]!.claim.attribute as 'name' | 'idNumber'];
      if (!page.some((r) => r.norm === normaliseForComparison(wanted, r.claim.attribute))) push(firstByKey(page), 'differs_from_record', [wanted], { record: 'applicant' });
    }
  }

  // Between materials: the same person's fact read on two materials must agree; a marriage
  // certificate must name the people whose ID cards were scanned.
  for (const attribute of ['name', 'idNumber'] as const) {
    for (const party of ['applicant', 'spouse'] as const) {
      const own = reads.filter((r) => r.claim.party === party && r.claim.attribute === attribute);
      const first = own[0];
      if (!first) continue;
      for (const r of own.slice(1)) if (r.norm !== first.norm) push(r, 'differs_between_materials', [first.value], { field: refOf(first.field) });
      for (const page of certificates.values()) {
        if (page[0]!.claim.attribute !== attribute || page.some((r) => r.norm === first.norm)) continue;
        push(firstByKey(page), 'differs_between_materials', [first.value], { field: refOf(first.field) });
      }
    }
  }
  return out;
}
