// The intake form the counter sends, built from what the clerk typed (yuan, dates, mobile, the
// choices of a loan or an employer's business) and what OCR read (rent from the rental
// contract). Every business type has its fields (detail-fields.ts); the shared zod schema decides
// what is valid, so the counter never accepts what the API would refuse, nor the reverse.
import { intakeFormSchema, type BusinessTypeCode, type IntakeFormInput } from '@onetrip/workflows';
import type { DraftPage } from './counter-types';
import { COMMON_FIELDS, DETAIL_FIELDS, type DetailField } from './detail-fields';
import { fieldValue } from './draft-rules';

export type { DetailField };

export function detailFields(code: BusinessTypeCode | null): readonly DetailField[] | null {
  return code ? [...COMMON_FIELDS, ...DETAIL_FIELDS[code]] : null;
}

export function toFen(yuan: string | undefined): number | null {
  if (!yuan || !/^\d+(\.\d{1,2})?$/.test(yuan.trim())) return null;
  return Math.round(Number(yuan.trim()) * 100);
}

/** The typed text as the schema's value: missing stays undefined (the schema says if that is allowed), malformed numbers become NaN (refused). */
function valueOf(f: DetailField, raw: string | undefined): unknown {
  const v = raw?.trim() ?? '';
  if (v === '') return undefined;
  switch (f.kind) {
    case 'yuan':
      return toFen(v) ?? Number.NaN;
    case 'count':
      return /^\d+$/.test(v) ? Number(v) : Number.NaN;
    case 'flag':
      return v === 'true';
    case 'idList':
      return v.split(/[\s,，;；、]+/).filter(Boolean).map((id) => id.toUpperCase());
    default:
      return v;
  }
}

/** The form to send, or the names of the fields the schema refuses (other refusals by their path). */
export function checkForm(
  code: BusinessTypeCode | null,
  applicant: { idNumber: string; name: string },
  details: Readonly<Record<string, string>>,
  answers: Readonly<Record<string, boolean>>,
): { form: IntakeFormInput | null; invalid: string[] } {
  const fields = detailFields(code);
  if (!code || !fields) return { form: null, invalid: [] };
  const own = DETAIL_FIELDS[code];
  const candidate = {
    channel: 'counter',
    businessType: code,
    applicant: { idNumber: applicant.idNumber, name: applicant.name, mobile: valueOf(COMMON_FIELDS[0]!, details.mobile) },
    requestedAmountFen: valueOf(COMMON_FIELDS[1]!, details.amount),
    answers,
    details: {
      ...Object.fromEntries(own.map((f) => [f.key, valueOf(f, details[f.name])]).filter(([, v]) => v !== undefined)),
      ...(code === 'withdrawal.rent' ? { publicRental: answers.public_rental === true } : {}),
    },
  };
  const parsed = intakeFormSchema.safeParse(candidate);
  if (parsed.success) return { form: candidate as IntakeFormInput, invalid: [] };
  const nameAt = (path: readonly PropertyKey[]): string => {
    if (path[0] === 'details') return own.find((f) => f.key === path[1])?.name ?? path.join('.');
    if (path[0] === 'applicant' && path[1] === 'mobile') return 'mobile';
    if (path[0] === 'requestedAmountFen') return 'amount';
    return path.join('.');
  };
  return { form: null, invalid: [...new Set(parsed.error.issues.map((i) => nameAt(i.path)))] };
}

/** What OCR already read that fills a detail field (the clerk can overwrite it). */
export function detailsFromPages(pages: readonly DraftPage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pages) {
    if (p.status !== 'ready' || !p.page) continue;
    const keys = new Set(p.page.fields.map((f) => f.key));
    const normalized = (key: string) => p.page!.fields.find((f) => f.key === key)?.normalized;
    const yuan = (key: string) => {
      const edited = p.edited[key];
      const fen = edited === undefined ? normalized(key) : toFen(edited.replace(/[^\d.]/g, ''));
      return typeof fen === 'number' ? (fen / 100).toFixed(2) : undefined;
    };
    if (p.page.classification.kind === 'rental_contract') {
      if (keys.has('monthlyRent')) out.rent = yuan('monthlyRent') ?? out.rent ?? '';
      if (keys.has('periodStart')) out.leaseStart = String(p.edited.periodStart ?? normalized('periodStart') ?? fieldValue(p, 'periodStart'));
      if (keys.has('periodEnd')) out.leaseEnd = String(p.edited.periodEnd ?? normalized('periodEnd') ?? fieldValue(p, 'periodEnd'));
    }
    if (p.page.classification.kind === 'hospital_invoice' && keys.has('selfPaid')) out.selfPaidMedical = yuan('selfPaid') ?? '';
  }
  return out;
}
