// The supervisor workspace: SLA board and drill-down, throughput, workload and reassignment, audit.
import { z } from 'zod';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { reassign } from '../tasks/task.service';
import { exportAuditRows, searchAudit, verifyChain } from './audit.service';
import { slaBoardCases, slaBoardCasesExport } from './board.service';
import { slaBoard } from './sla-board.service';
import { auditSearchInput, boardCasesInput, reassignInput, throughputInput } from './supervision.schemas';
import { throughput } from './throughput.service';
import { claimedTasks, workload } from './workload.service';

export const supervisionRouter = router({
  board: staffProcedure('supervision.view').query(({ ctx }) => slaBoard(ctx)),
  boardCases: staffProcedure('supervision.view').input(boardCasesInput).query(({ ctx, input }) => slaBoardCases(ctx, input)),
  boardCasesExport: staffProcedure('supervision.view').input(boardCasesInput.omit({ cursor: true, limit: true })).query(({ ctx, input }) => slaBoardCasesExport(ctx, input)),
  throughput: staffProcedure('supervision.view').input(throughputInput).query(({ ctx, input }) => throughput(ctx, input)),
  workload: staffProcedure('supervision.view').query(({ ctx }) => workload(ctx)),
  claimedTasks: staffProcedure('supervision.view').input(z.object({ staffId: z.string().min(1).max(64) })).query(({ ctx, input }) => claimedTasks(ctx, input.staffId)),
  reassign: staffProcedure('supervision.manage').input(reassignInput).mutation(({ ctx, input }) => reassign(ctx, ctx.actor, input.taskIds, input.toStaffId)),
  audit: staffProcedure('supervision.view').input(auditSearchInput).query(({ ctx, input }) => searchAudit(ctx, input)),
  auditVerify: staffProcedure('supervision.view').query(({ ctx }) => verifyChain(ctx)),
  auditExport: staffProcedure('supervision.view').input(auditSearchInput.omit({ cursor: true, limit: true })).query(({ ctx, input }) => exportAuditRows(ctx, input)),
});
