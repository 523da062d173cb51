// The counter's decisions about a draft, pure so they are unit-tested: which checklist line a
// page probably belongs to, what is still missing, which OCR fields disagree with the records,
// and whether the clerk may accept.
import type { ApplicantView, ChecklistLine, DraftPage } from './counter-types';

const OPEN: readonly string[] = ['required', 'ask'];

/** A classified page goes to the first open line of its kind that has no page yet, else the first open line of its kind. */
export function suggestMaterial(kind: string, lines: readonly ChecklistLine[], pages: readonly DraftPage[]): string | null {
  const ofKind = lines.filter((l) => l.ocrKind === kind && OPEN.includes(l.status));
  const taken = new Set(pages.map((p) => p.materialId));
  return (ofKind.find((l) => !taken.has(l.materialId)) ?? ofKind[0])?.materialId ?? null;
}

/** Lines the clerk must still scan: required, or unanswered questions, with no page read yet. */
export function missingLines(lines: readonly ChecklistLine[], pages: readonly DraftPage[]): ChecklistLine[] {
  const covered = new Set(pages.filter((p) => p.status === 'ready').map((p) => p.materialId));
  return lines.filter((l) => OPEN.includes(l.status) && !covered.has(l.materialId));
}

export function unconfirmedFields(page: DraftPage): string[] {
  return (page.page?.fields ?? []).filter((f) => f.needsConfirmation && !page.confirmed.includes(f.key)).map((f) => f.key);
}

export function fieldValue(page: DraftPage, key: string): string {
  return page.edited[key] ?? page.page?.fields.find((f) => f.key === key)?.value ?? '';
}

export type MismatchKind = 'name' | 'id_number' | 'card_not_on_file';

/** OCR fields that disagree with the account (name, ID number) or the cards on file. */
export function mismatches(page: DraftPage, applicant: Pick<ApplicantView, 'name' | 'bankCards'> | undefined, idNumber: string): { key: string; kind: MismatchKind }[] {
  if (!applicant || page.status !== 'ready' || !page.page) return [];
  const out: { key: string; kind: MismatchKind }[] = [];
  const keys = new Set(page.page.fields.map((f) => f.key));
  const kind = page.page.classification.kind;
  if (kind === 'id_card_front') {
    if (keys.has('name') && fieldValue(page, 'name').replace(/\s/g, '') !== applicant.name) out.push({ key: 'name', kind: 'name' });
    if (keys.has('idNumber') && fieldValue(page, 'idNumber').replace(/\s/g, '').toUpperCase() !== idNumber) out.push({ key: 'idNumber', kind: 'id_number' });
  }
  if (kind === 'bank_card' && keys.has('cardNumber')) {
    const digits = fieldValue(page, 'cardNumber').replace(/\D/g, '');
    // Cards on file come masked (first four, last four): that is what the clerk can compare.
    const onFile = applicant.bankCards.some((c) => {
      const shown = c.cardMasked.replace(/\s/g, '');
      return digits.startsWith(shown.slice(0, 4)) && digits.endsWith(shown.slice(-4));
    });
    if (!onFile) out.push({ key: 'cardNumber', kind: 'card_not_on_file' });
  }
  return out;
}

export interface Readiness {
  readonly missing: ChecklistLine[];
  readonly reading: number;
  readonly unconfirmed: number;
  readonly unassigned: number;
  readonly ready: boolean;
}

export function readiness(lines: readonly ChecklistLine[], pages: readonly DraftPage[], formValid: boolean, eligible: boolean): Readiness {
  const missing = missingLines(lines, pages);
  const reading = pages.filter((p) => p.status === 'reading').length;
  const ready = pages.filter((p) => p.status === 'ready');
  const unconfirmed = ready.reduce((n, p) => n + unconfirmedFields(p).length, 0);
  const unassigned = ready.filter((p) => !p.materialId).length;
  return { missing, reading, unconfirmed, unassigned, ready: eligible && formValid && !missing.length && !reading && !unconfirmed && !unassigned };
}
