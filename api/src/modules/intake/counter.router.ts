import { z } from 'zod';
import { BUSINESS_TYPE_CODES, checklistAnswersSchema, counterAcceptInputSchema, fenSchema } from '@onetrip/workflows';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { lookupApplicant } from '../applicants/applicant-lookup.service';
import { printNotice, printReceipt } from './counter-documents.service';
import { acceptAtCounter } from './intake.service';
import { prepareIntake } from './prepare.service';

const idNumberInput = z.string().trim().min(1, 'id_number.format').max(32, 'id_number.format');

export const counterRouter = router({
  lookup: staffProcedure('counter.work')
    .input(z.object({ idNumber: idNumberInput }))
    .query(({ ctx, input }) => lookupApplicant(ctx, ctx.actor, input.idNumber)),
  prepare: staffProcedure('counter.work')
    .input(z.object({ idNumber: idNumberInput, businessType: z.enum(BUSINESS_TYPE_CODES), answers: checklistAnswersSchema.default({}), requestedAmountFen: fenSchema.optional() }))
    .query(({ ctx, input }) => prepareIntake(ctx, input)),
  accept: staffProcedure('counter.work')
    .input(counterAcceptInputSchema)
    .mutation(({ ctx, input }) => acceptAtCounter(ctx, ctx.actor, input)),
  /** The receipt of an accepted application (issued once, archived; a reprint is the same PDF). */
  receiptPdf: staffProcedure('counter.work')
    .input(z.object({ applicationId: z.string().min(1, 'application.not_found') }))
    .mutation(({ ctx, input }) => printReceipt(ctx, ctx.actor, input.applicationId)),
  /** The one-time notice (一次性告知书) listing every material still needed. */
  noticePdf: staffProcedure('counter.work')
    .input(z.object({ idNumber: idNumberInput, businessType: z.enum(BUSINESS_TYPE_CODES), answers: checklistAnswersSchema.default({}), missing: z.array(z.string().min(1)).min(1, 'notice.nothing_missing') }))
    .mutation(({ ctx, input }) => printNotice(ctx, input)),
});
