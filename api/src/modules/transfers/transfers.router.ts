// The supervisor's transfer desk: exceptions, reconciliation, and the two-person re-send / reversal.
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { reconciliationRuns, transferLists } from './transfer-lists.query';
import { cancelTransferAction, confirmTransferAction, requestTransferAction } from './transfer-requests.service';
import { requestActionInput, requestIdInput } from './transfers.schemas';

export const transfersRouter = router({
  lists: staffProcedure('supervision.view').query(({ ctx }) => transferLists(ctx)),
  reconciliation: staffProcedure('supervision.view').query(({ ctx }) => reconciliationRuns(ctx)),
  requestAction: staffProcedure('supervision.manage').input(requestActionInput).mutation(({ ctx, input }) => requestTransferAction(ctx, ctx.actor, input)),
  confirmAction: staffProcedure('supervision.manage').input(requestIdInput).mutation(({ ctx, input }) => confirmTransferAction(ctx, ctx.actor, input.requestId)),
  cancelAction: staffProcedure('supervision.manage').input(requestIdInput).mutation(({ ctx, input }) => cancelTransferAction(ctx, ctx.actor, input.requestId)),
});
