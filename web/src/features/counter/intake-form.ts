// The intake form the counter sends, built from what the clerk typed (yuan, dates, mobile) and
// what OCR read (rent from the rental contract). Only the business types whose details the
// counter can fill are offered for acceptance; the others still get a checklist and a notice.
import type { BusinessTypeCode, IntakeFormInput } from '@onetrip/workflows';
import type { DraftPage } from './counter-types';
import { fieldValue } from './draft-rules';

export type DetailField = { readonly name: string; readonly kind: 'yuan' | 'date' | 'text' };

const COMMON: readonly DetailField[] = [
  { name: 'mobile', kind: 'text' },
  { name: 'amount', kind: 'yuan' },
];

const DETAILS: Partial<Record<BusinessTypeCode, readonly DetailField[]>> = {
  'withdrawal.rent': [
    { name: 'rent', kind: 'yuan' },
    { name: 'leaseStart', kind: 'date' },
    { name: 'leaseEnd', kind: 'date' },
  ],
  'withdrawal.serious_illness': [
    { name: 'selfPaidMedical', kind: 'yuan' },
    { name: 'dischargeDate', kind: 'date' },
  ],
  'withdrawal.renovation': [{ name: 'invoice', kind: 'yuan' }],
  'withdrawal.retirement': [],
  'withdrawal.settle_abroad': [],
  'withdrawal.leave_city': [],
  'withdrawal.repay_own_loan': [],
  'loan.settle_own': [],
};

export function detailFields(code: BusinessTypeCode | null): readonly DetailField[] | null {
  const own = code ? DETAILS[code] : undefined;
  return own ? [...COMMON, ...own] : null;
}

const MOBILE = /^1\d{10}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toFen(yuan: string | undefined): number | null {
  if (!yuan || !/^\d+(\.\d{1,2})?$/.test(yuan.trim())) return null;
  return Math.round(Number(yuan.trim()) * 100);
}

/** Names of the detail fields that are empty or malformed. */
export function invalidDetails(code: BusinessTypeCode | null, details: Readonly<Record<string, string>>): string[] {
  return (detailFields(code) ?? []).filter((f) => {
    const v = details[f.name]?.trim() ?? '';
    if (f.name === 'mobile') return !MOBILE.test(v);
    if (f.kind === 'yuan') return toFen(v) === null || (f.name !== 'amount' && toFen(v) === 0);
    if (f.kind === 'date') return !DATE.test(v);
    return !v;
  }).map((f) => f.name);
}

export function buildForm(
  code: BusinessTypeCode,
  applicant: { idNumber: string; name: string },
  details: Readonly<Record<string, string>>,
  answers: Readonly<Record<string, boolean>>,
): IntakeFormInput | null {
  if (!detailFields(code) || invalidDetails(code, details).length) return null;
  const common = {
    channel: 'counter' as const,
    applicant: { idNumber: applicant.idNumber, name: applicant.name, mobile: details.mobile!.trim() },
    requestedAmountFen: toFen(details.amount)!,
    answers,
  };
  switch (code) {
    case 'withdrawal.rent':
      return { ...common, businessType: code, details: { rentFen: toFen(details.rent)!, publicRental: answers.public_rental === true, leaseStart: details.leaseStart!, leaseEnd: details.leaseEnd! } };
    case 'withdrawal.serious_illness':
      return { ...common, businessType: code, details: { selfPaidMedicalFen: toFen(details.selfPaidMedical)!, dischargeDate: details.dischargeDate!, patient: 'self' } };
    case 'withdrawal.renovation':
      return { ...common, businessType: code, details: { invoiceFen: toFen(details.invoice)! } };
    case 'withdrawal.retirement':
    case 'withdrawal.settle_abroad':
    case 'withdrawal.leave_city':
    case 'withdrawal.repay_own_loan':
    case 'loan.settle_own':
      return { ...common, businessType: code, details: {} };
    default:
      return null;
  }
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
