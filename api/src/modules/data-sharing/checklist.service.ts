// The materials checklist for one applicant and business: asks the sources that could prove a
// material (the spouse's as soon as the marriage registry names one), then decides each line.
// No transaction is open while agencies are asked; the one read is the name on file (unless given).
import { isBusinessTypeCode, maskIdNumber, shanghaiDate, type BusinessTypeCode } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import { requireIdNumberOn } from '../applicants/id-number';
import { decideChecklist, sourcesToAsk, type ChecklistAnswers, type ChecklistEntry } from './shared-data-checklist';
import type { SourceResult } from './sharing-evidence';
import { querySources, type QueriedSource, type SharingServices, type VerifyOptions } from './verify-sources';

export interface ChecklistRequest {
  readonly businessType: string;
  readonly applicantIdNumber: string;
  readonly answers?: ChecklistAnswers;
  /** the name on file, when the caller has already read it (saves reading it again) */
  readonly applicantName?: string;
}

export interface SharedDataChecklist {
  readonly businessType: BusinessTypeCode;
  /** Masked: the result is stored and shown; the application row holds the full number. */
  readonly applicantIdMasked: string;
  /** ISO instant the checklist was decided. */
  readonly checkedAt: string;
  /** What goes into `applications.checklist`: one entry per catalogue material. */
  readonly items: readonly ChecklistEntry[];
  /** Every source asked, answered (sealed evidence) or not (timeout / error). */
  readonly sources: readonly SourceResult[];
}

export async function buildChecklist(
  services: SharingServices,
  request: ChecklistRequest,
  options: Omit<VerifyOptions, 'about'> = {},
): Promise<SharedDataChecklist> {
  if (!isBusinessTypeCode(request.businessType)) throw new AppError('BAD_REQUEST', 'business_type.unknown', { businessType: request.businessType });
  const businessType = request.businessType;
  const idNumber = requireIdNumberOn(request.applicantIdNumber, shanghaiDate(services.clock()));
  const answers = request.answers ?? {};
  const toAsk = sourcesToAsk(businessType, answers);

  const name = request.applicantName ?? (await services.database.db.selectFrom('persons').select('name').where('id_number', '=', idNumber).executeTakeFirst())?.name;
  const subject = { idNumber, ...(name === undefined ? {} : { name }) };
  const timeoutMs = options.timeoutMs ?? services.config.SHARING_TIMEOUT_MS;
  const deadline = performance.now() + timeoutMs;

  // The spouse round starts when the marriage answer arrives, inside the same time budget, so
  // the whole checklist is bounded by one timeout however the sources behave.
  const marriage = toAsk.applicant.includes('marriage') ? querySources(services, subject, ['marriage'], { ...options, timeoutMs }) : Promise.resolve([]);
  const others = querySources(services, subject, toAsk.applicant.filter((s) => s !== 'marriage'), { ...options, timeoutMs });
  const spouse = marriage.then((m): Promise<QueriedSource[]> => {
    const answer = m[0]?.answer;
    const spouseId = answer?.found ? answer.links?.spouseIdNumber : undefined;
    if (!spouseId || toAsk.spouse.length === 0) return Promise.resolve([]);
    const remaining = Math.max(1, Math.floor(deadline - performance.now()));
    return querySources(services, { idNumber: spouseId }, toAsk.spouse, { ...options, timeoutMs: remaining, about: 'spouse' });
  });
  const results = (await Promise.all([marriage, others, spouse])).flat().map((q) => q.result);

  return {
    businessType,
    applicantIdMasked: maskIdNumber(idNumber),
    checkedAt: services.clock().toISOString(),
    items: decideChecklist(businessType, answers, results),
    sources: results,
  };
}
