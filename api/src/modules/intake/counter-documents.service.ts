// The counter's printed documents. A receipt is issued once per application: the first request
// builds it, keeps it in the write-once archive and indexes it in `documents`; a reprint returns
// the same bytes. The one-time notice belongs to no application yet (nothing was accepted), so it
// is built fresh each time from the checklist the clerk sees.
import { businessType, isBusinessTypeCode, maskIdNumber, shanghaiDate, type BusinessTypeCode, type SharingSource } from '@onetrip/workflows';
import { AppError } from '../../errors/app-error';
import type { Services, StaffActor } from '../../trpc/context';
import { buildChecklist } from '../data-sharing/checklist.service';
import type { ChecklistEntry } from '../data-sharing/shared-data-checklist';
import { noticePdf, receiptPdf, SOURCE_ZH } from './counter-documents.pdf';
import { progressUrl } from '../progress/progress-url';

export interface PrintedDocument {
  readonly fileName: string;
  readonly sha256: string;
  /** the PDF, base64: tRPC speaks JSON and a receipt is a few dozen KB */
  readonly pdfBase64: string;
}

interface StoredForm {
  materials?: { materialId: string; pages: string[] }[];
}

export async function printReceipt(services: Services, actor: StaffActor, applicationId: string): Promise<PrintedDocument> {
  const db = services.database.db;
  const app = await db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirst();
  if (!app || !app.receipt_no || !isBusinessTypeCode(app.business_type)) throw new AppError('NOT_FOUND', 'application.not_found');
  if (app.office_id !== actor.officeId) throw new AppError('FORBIDDEN', 'application.other_office');
  const fileName = `receipt-${app.receipt_no}.pdf`;
  const issued = await db.selectFrom('documents').select('sha256').where('application_id', '=', app.id).where('kind', '=', 'receipt').executeTakeFirst();
  if (issued) return { fileName, sha256: issued.sha256, pdfBase64: (await services.archive.get(issued.sha256)).toString('base64') };

  const now = services.clock();
  const checklist = app.checklist as unknown as ChecklistEntry[];
  const nameOf = new Map(checklist.map((c) => [c.materialId, c.name.zh]));
  const materials = (app.form as StoredForm).materials ?? [];
  const pdf = await receiptPdf(
    {
      receiptNo: app.receipt_no,
      applicantName: app.applicant_name,
      idNumberMasked: maskIdNumber(app.applicant_id),
      businessZh: businessType(app.business_type).name.zh,
      acceptedAt: (app.accepted_at ?? app.created_at).toISOString(),
      dueOn: app.due_on ?? '',
      slaWorkingDays: app.sla_working_days,
      received: materials.map((m) => ({ name: nameOf.get(m.materialId) ?? m.materialId, pages: m.pages.length })),
      waived: checklist
        .filter((c) => c.status === 'waived' && c.waivedBy)
        .map((c) => ({ name: c.name.zh, source: c.waivedBy!.source, at: c.waivedBy!.evidence[0]?.at ?? null })),
      progressUrl: progressUrl(services.config.publicUrl, app.receipt_no),
    },
    now,
  );
  const sha256 = await services.archive.put(pdf.bytes);
  // Two clerks printing at once: the first row wins and both get its bytes.
  await db
    .insertInto('documents')
    .values({ application_id: app.id, kind: 'receipt', sha256, created_at: now, created_by: actor.id })
    .onConflict((oc) => oc.columns(['application_id', 'kind', 'version']).doNothing())
    .execute();
  const kept = await db.selectFrom('documents').select('sha256').where('application_id', '=', app.id).where('kind', '=', 'receipt').executeTakeFirstOrThrow();
  return { fileName, sha256: kept.sha256, pdfBase64: (kept.sha256 === sha256 ? pdf.bytes : await services.archive.get(kept.sha256)).toString('base64') };
}

export async function printNotice(
  services: Services,
  input: { idNumber: string; businessType: string; answers: Record<string, boolean>; missing: readonly string[] },
): Promise<PrintedDocument> {
  if (!isBusinessTypeCode(input.businessType)) throw new AppError('BAD_REQUEST', 'business_type.unknown');
  const code: BusinessTypeCode = input.businessType;
  const person = await services.database.db.selectFrom('persons').select(['name', 'id_number']).where('id_number', '=', input.idNumber).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', 'applicant.not_found');
  const checklist = await buildChecklist(services, { businessType: code, applicantIdNumber: person.id_number, answers: input.answers });
  const wanted = new Set(input.missing);
  const missing = checklist.items.filter((i) => wanted.has(i.materialId));
  if (!missing.length) throw new AppError('BAD_REQUEST', 'notice.nothing_missing');
  const now = services.clock();
  const pdf = await noticePdf(
    {
      applicantName: person.name,
      idNumberMasked: maskIdNumber(person.id_number),
      businessZh: businessType(code).name.zh,
      missing: missing.map((m) => ({
        name: m.name.zh,
        ...(m.because ? { note: `${SOURCE_ZH[m.because.source as SharingSource]}暂未响应，请提交纸质材料` } : m.condition ? { note: m.condition.label.zh } : {}),
      })),
      waived: checklist.items.filter((i) => i.status === 'waived' && i.waivedBy).map((i) => ({ name: i.name.zh, source: i.waivedBy!.source })),
    },
    now,
  );
  return { fileName: `notice-${shanghaiDate(now)}.pdf`, sha256: pdf.sha256, pdfBase64: pdf.bytes.toString('base64') };
}
