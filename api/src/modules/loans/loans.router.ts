import { z } from 'zod';
import { calendarDateSchema } from '@onetrip/workflows';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { approvalLetter, bookContractSigning, recordDisbursement } from './loan-fulfilment.service';

const applicationIdInput = z.object({ applicationId: z.string().min(1) });

export const loansRouter = router({
  approvalLetter: staffProcedure('case.read').input(applicationIdInput).query(({ ctx, input }) => approvalLetter(ctx, input.applicationId)),
  bookContract: staffProcedure('loan.contract')
    .input(applicationIdInput.extend({ version: z.number().int().nonnegative(), windowId: z.string().min(1), signOn: calendarDateSchema }))
    .mutation(({ ctx, input }) => bookContractSigning(ctx, ctx.actor, input)),
  // At the entrusted bank's window, once the contract is signed and the bank has paid out.
  recordDisbursement: staffProcedure('counter.work')
    .input(applicationIdInput.extend({ bankReference: z.string().trim().min(4).max(64) }))
    .mutation(({ ctx, input }) => recordDisbursement(ctx, input)),
});
