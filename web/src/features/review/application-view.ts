// The application detail's JSON columns (form, checklist, automatic checks) arrive untyped from
// the database; this reads them into the shapes the decide screen shows, tolerating old rows.
import type { RouterOutputs } from '../../lib/api-types';

export type ApplicationDetail = RouterOutputs['review']['application'];
type Params = Record<string, string | number | boolean>;

export interface RuleFailure {
  rule: string;
  code: string;
  actual?: string | number | boolean;
  limit?: string | number | boolean;
  availableOn?: string;
  params: Params;
}

export interface RuleCheck {
  rule: string;
  passed: boolean;
  failures: RuleFailure[];
}

export interface Evidence {
  source: string;
  at: string;
  about: string;
  summary: Record<string, unknown>;
}

export interface ChecklistEntry {
  materialId: string;
  name: { zh: string; en: string };
  status: string;
  waivedBy: { source: string; evidence: Evidence[] } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function evidenceOf(v: unknown): Evidence | null {
  if (!isRecord(v)) return null;
  return { source: str(v.source), at: str(v.at), about: isRecord(v.query) ? str(v.query.about) : '', summary: isRecord(v.summary) ? v.summary : {} };
}

export function autoChecksOf(detail: ApplicationDetail): { checks: RuleCheck[]; sources: Evidence[] } {
  const raw: unknown = detail.autoChecks;
  if (!isRecord(raw)) return { checks: [], sources: [] };
  const failures: RuleFailure[] = (Array.isArray(raw.failures) ? raw.failures : []).filter(isRecord).map((f) => ({
    rule: str(f.rule),
    code: str(f.code),
    ...(f.actual === undefined ? {} : { actual: f.actual as string | number | boolean }),
    ...(f.limit === undefined ? {} : { limit: f.limit as string | number | boolean }),
    ...(typeof f.availableOn === 'string' ? { availableOn: f.availableOn } : {}),
    params: isRecord(f.params) ? (f.params as Params) : {},
  }));
  const checked = (Array.isArray(raw.checked) ? raw.checked : []).filter((r): r is string => typeof r === 'string');
  // A failed rule is listed even if an older row did not record it as checked.
  const rules = [...new Set([...checked, ...failures.map((f) => f.rule)])];
  return {
    checks: rules.map((rule) => {
      const own = failures.filter((f) => f.rule === rule);
      return { rule, passed: own.length === 0, failures: own };
    }),
    sources: (Array.isArray(raw.sources) ? raw.sources : []).map(evidenceOf).filter((e): e is Evidence => e !== null),
  };
}

export function checklistOf(detail: ApplicationDetail): ChecklistEntry[] {
  const raw: unknown = detail.checklist;
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((c) => ({
    materialId: str(c.materialId),
    name: isRecord(c.name) ? { zh: str(c.name.zh), en: str(c.name.en) } : { zh: str(c.materialId), en: str(c.materialId) },
    status: str(c.status),
    waivedBy: isRecord(c.waivedBy)
      ? { source: str(c.waivedBy.source), evidence: (Array.isArray(c.waivedBy.evidence) ? c.waivedBy.evidence : []).map(evidenceOf).filter((e): e is Evidence => e !== null) }
      : null,
  }));
}

/** Materials a return can name: everything on the checklist the applicant had to bring or was asked about. */
export function returnableMaterials(detail: ApplicationDetail): ChecklistEntry[] {
  return checklistOf(detail).filter((c) => c.status !== 'not_needed');
}

export function formOf(detail: ApplicationDetail): { details: Record<string, unknown>; mobile: string } {
  const form: unknown = detail.form;
  if (!isRecord(form)) return { details: {}, mobile: '' };
  return {
    details: isRecord(form.details) ? form.details : {},
    mobile: isRecord(form.applicant) ? str(form.applicant.mobile) : '',
  };
}

/** The step a four-eyes refusal names, and when this reviewer acted there. */
export function fourEyesDetails(error: unknown): { step: string; earlierStep: string; earlierAt: string } | null {
  if (!isRecord(error) || !isRecord(error.data) || error.data.appCode !== 'lifecycle.four_eyes' || !isRecord(error.data.details)) return null;
  const d = error.data.details;
  return { step: str(d.step), earlierStep: str(d.earlierStep), earlierAt: str(d.earlierAt) };
}

/** Who holds a task someone else claimed, and since when. */
export function claimedByOther(error: unknown): { by: string; since: string } | null {
  if (!isRecord(error) || !isRecord(error.data) || error.data.appCode !== 'task.claimed_by_other' || !isRecord(error.data.details)) return null;
  return { by: str(error.data.details.by), since: str(error.data.details.since) };
}
