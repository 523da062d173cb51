// Before anything is scanned: the checklist (what shared data already proves) and every
// eligibility problem the records already show, with the date it goes away.
import { evaluateEligibility, isBusinessTypeCode, shanghaiDate, type ChecklistFact } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { loadApplicantFacts } from '../applicants/applicant-facts.repository';
import { buildChecklist } from '../data-sharing/checklist.service';

export async function prepareIntake(
  services: Services,
  input: { idNumber: string; businessType: string; answers: Partial<Record<ChecklistFact, boolean>>; requestedAmountFen?: number },
) {
  if (!isBusinessTypeCode(input.businessType)) throw new AppError('BAD_REQUEST', 'business_type.unknown');
  const today = shanghaiDate(services.clock());
  const checklist = await buildChecklist(services, { businessType: input.businessType, applicantIdNumber: input.idNumber, answers: input.answers });
  const loaded = await loadApplicantFacts(services.database.db, input.idNumber, today, checklist.sources);
  const eligibility = evaluateEligibility({
    businessType: input.businessType,
    facts: loaded.facts,
    form: { requestedAmountFen: input.requestedAmountFen ?? 0 },
    policy: services.reference.policy,
    today,
  });
  // The amount is not known yet: amount rules are judged at acceptance, the rest now.
  const failures = eligibility.failures.filter((f) => !f.rule.startsWith('withdrawal.amount') && f.rule !== 'loan.amount_within_quota');
  return {
    checklist,
    eligibility: { failures, maxAmountFen: eligibility.maxAmountFen ?? null, availableOn: failures.length ? (eligibility.availableOn ?? null) : null },
    unverified: loaded.unverified,
  };
}
