// The online hall's procedures for applicants (not staff): sign-in by ID number + SMS code, then
// their own applications only. The session cookie is separate from the staff one.
import { z } from 'zod';
import { capturedMaterialSchema, idempotencyKeySchema, idNumberSchema, intakeFormSchema, mobileSchema } from '@onetrip/workflows';
import { applicantProcedure, publicProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { APPLICANT_COOKIE } from './applicant-session.repository';
import { describeApplicant, requestSignInCode, signOutApplicant, verifySignInCode } from './applicant-sign-in.service';
import { submitOnline } from './online-submission.service';
import { listOwnApplications, resubmitOwn, withdrawOwn } from './own-applications';

const applicationId = z.string().min(1).max(64);
const version = z.number().int().nonnegative();

export const applicantRouter = router({
  requestCode: publicProcedure
    .input(z.object({ idNumber: idNumberSchema, mobile: mobileSchema }))
    .mutation(({ ctx, input }) => requestSignInCode(ctx, input)),
  verifyCode: publicProcedure
    .input(z.object({ idNumber: idNumberSchema, code: z.string().trim().regex(/^\d{6}$/, 'applicant.code_format') }))
    .mutation(async ({ ctx, input }) => {
      const signedIn = await verifySignInCode(ctx, input);
      ctx.cookies.set(APPLICANT_COOKIE, signedIn.token, ctx.config.APPLICANT_SESSION_MINUTES * 60);
      return describeApplicant(signedIn.applicant);
    }),
  me: applicantProcedure.query(({ ctx }) => describeApplicant(ctx.applicant)),
  // Public: signing out must work with an expired session too (it clears the cookie).
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.applicant) await signOutApplicant(ctx, ctx.applicant);
    ctx.cookies.clear(APPLICANT_COOKIE);
    return { ok: true as const };
  }),
  submit: applicantProcedure
    .input(
      z.object({
        form: intakeFormSchema.refine((f) => f.channel === 'online', { message: 'intake.channel_online_only', path: ['channel'] }),
        materials: z.array(capturedMaterialSchema).default([]),
        idempotencyKey: idempotencyKeySchema,
      }),
    )
    .mutation(({ ctx, input }) => submitOnline(ctx, ctx.applicant, input)),
  applications: applicantProcedure.query(({ ctx }) => listOwnApplications(ctx, ctx.applicant)),
  resubmit: applicantProcedure
    .input(z.object({ applicationId, version, materials: z.array(capturedMaterialSchema).default([]), idempotencyKey: idempotencyKeySchema }))
    .mutation(({ ctx, input }) => resubmitOwn(ctx, ctx.applicant, input)),
  withdraw: applicantProcedure
    .input(z.object({ applicationId, version, idempotencyKey: idempotencyKeySchema }))
    .mutation(({ ctx, input }) => withdrawOwn(ctx, ctx.applicant, input)),
});
