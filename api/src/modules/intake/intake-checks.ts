// The checks every channel runs before an application exists (counter and online alike): the
// shared-data checklist (what it proves needs no paper), every eligibility problem at once, then
// every missing material at once (一次性告知). Nothing is written; no transaction is open while
// the agencies answer (PGlite is one session).
import { businessType, evaluateEligibility, shanghaiDate, toApplicationForm, type Channel, type EligibilityResult, type IntakeForm } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services } from '../../trpc/context';
import { loadApplicantFacts } from '../applicants/applicant-facts.repository';
import { buildChecklist, type SharedDataChecklist } from '../data-sharing/checklist.service';
import { slaDaysFor } from './sla-days';

export interface CheckedIntake {
  readonly person: { readonly idNumber: string; readonly name: string };
  readonly accountNo: string | null;
  /** the office of the applicant's employer, when they have an account */
  readonly employerOfficeId: string | null;
  readonly checklist: SharedDataChecklist;
  readonly eligibility: EligibilityResult;
  /** materialId → number of pages received */
  readonly provided: ReadonlyMap<string, number>;
  readonly slaWorkingDays: number;
}

export async function checkIntake(
  services: Services,
  input: { channel: Channel; form: IntakeForm; materials: readonly { materialId: string; pages: readonly string[] }[] },
  now: Date,
): Promise<CheckedIntake> {
  const { database, reference } = services;
  const db = database.db;
  const today = shanghaiDate(now);
  const { form } = input;
  const code = form.businessType;
  if (!businessType(code).channels.includes(input.channel)) throw new AppError('BAD_REQUEST', 'intake.channel_not_offered', { businessType: code });

  const idNumber = form.applicant.idNumber;
  // The person and, if they have one, their account and its employer's office: one read.
  const person = await db
    .selectFrom('persons')
    .leftJoin('accounts', 'accounts.id_number', 'persons.id_number')
    .leftJoin('employers', 'employers.id', 'accounts.employer_id')
    .select(['persons.id_number', 'persons.name', 'accounts.account_no', 'employers.office_id'])
    .where('persons.id_number', '=', idNumber)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'applicant.not_found');
  const account = person.account_no === null ? undefined : { account_no: person.account_no, office_id: person.office_id };

  const checklist = await buildChecklist(services, { businessType: code, applicantIdNumber: idNumber, answers: form.answers, applicantName: person.name });
  const { facts } = await loadApplicantFacts(db, idNumber, today, checklist.sources);
  const eligibility = evaluateEligibility({ businessType: code, facts, form: toApplicationForm(form), policy: reference.policy, today });
  if (!eligibility.eligible) {
    throw new AppError('PRECONDITION_FAILED', 'intake.not_eligible', { failures: eligibility.failures, availableOn: eligibility.availableOn ?? null });
  }
  const provided = new Map(input.materials.map((m) => [m.materialId, m.pages.length]));
  const missing = checklist.items.filter((i) => (i.status === 'required' || i.status === 'ask') && !provided.has(i.materialId));
  if (missing.length) {
    throw new AppError('PRECONDITION_FAILED', 'intake.materials_missing', {
      missing: missing.map((m) => ({ materialId: m.materialId, name: m.name, status: m.status, ...(m.because ? { because: m.because } : {}) })),
    });
  }
  return {
    person: { idNumber: person.id_number, name: person.name },
    accountNo: account?.account_no ?? null,
    employerOfficeId: account?.office_id ?? null,
    checklist,
    eligibility,
    provided,
    slaWorkingDays: slaDaysFor(reference.policy, today, code),
  };
}
