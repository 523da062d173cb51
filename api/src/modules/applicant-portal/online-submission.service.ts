// The online channel (不见面): an applicant signed in to the web hall submits once. The same
// checks as the counter run (intake-checks.ts); a complete submission is accepted by the system
// at once — the SLA clock starts — and goes to review with a receipt number and the SMS. The
// office is the one of the applicant's employer, else ONLINE_DEFAULT_OFFICE. The materials are
// pages the applicant uploaded (POST /api/applicant/pages): linked to the application for the
// reviewer, their text indexed, and archived like a counter's scans.
import { businessType, type IntakeForm, type Localized } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { ApplicantActor, Services } from '../../trpc/context';
import { SYSTEM_ACTOR } from '../applications/application-commands';
import { idempotentTransaction } from '../idempotency/idempotent';
import { scheduleAcceptedArchive } from '../application-archive/application-archive.job';
import { capturedReadings, linkAcceptedPages } from '../intake/accepted-pages';
import { checkIntake } from '../intake/intake-checks';
import { openApplication } from '../intake/open-application';
import { statusWords } from '../progress/status-words';
import { progressUrl } from '../progress/progress-url';

export interface OnlineReceipt {
  readonly applicationId: string;
  readonly receiptNo: string;
  readonly businessType: string;
  readonly businessName: Localized;
  readonly submittedAt: string;
  readonly promisedOn: string;
  readonly status: string;
  readonly words: Localized;
  readonly progressUrl: string;
}

export async function submitOnline(
  services: Services,
  applicant: ApplicantActor,
  input: { form: IntakeForm; materials: readonly { materialId: string; pages: readonly string[] }[]; idempotencyKey: string },
): Promise<OnlineReceipt> {
  const { form, materials } = input;
  // One's own applications only; an employer's business needs the employer's own sign-in.
  if (form.applicant.idNumber !== applicant.idNumber) throw new AppError('FORBIDDEN', 'applicant.not_self');
  const now = services.clock();
  const checked = await checkIntake(services, { channel: 'online', form, materials }, now);
  const readings = await capturedReadings(services.database.db, materials, applicant.idNumber);
  const officeId = checked.employerOfficeId ?? services.config.ONLINE_DEFAULT_OFFICE;
  // Like the counter's acceptance: the application, its pages and jobs, the key with its answer
  // and the audit rows in one closing statement.
  return idempotentTransaction(services.database.db, { key: input.idempotencyKey, actorId: applicant.idNumber, operation: 'applicant.submit', now }, async (trx, batch) => {
    const opened = await openApplication(trx, services, { channel: 'online', form, materials, checked, officeId, windowId: null, acceptedBy: SYSTEM_ACTOR, now, audit: batch });
    await linkAcceptedPages(trx, { applicationId: opened.id, materials, readings, now }, batch);
    await scheduleAcceptedArchive(trx, opened.id, now, batch);
    const receipt: OnlineReceipt = {
      applicationId: opened.id,
      receiptNo: opened.receiptNo,
      businessType: form.businessType,
      businessName: businessType(form.businessType).name,
      submittedAt: now.toISOString(),
      promisedOn: opened.dueOn,
      status: opened.status,
      words: statusWords(opened.status, null),
      progressUrl: progressUrl(services.config.publicUrl, opened.receiptNo),
    };
    return receipt;
  });
}
