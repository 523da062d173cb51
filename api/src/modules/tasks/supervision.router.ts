import { z } from 'zod';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { reassign } from './task.service';

export const supervisionRouter = router({
  reassign: staffProcedure('supervision.manage')
    .input(z.object({ taskIds: z.array(z.string().min(1)).min(1).max(200), toStaffId: z.string().min(1).nullable() }))
    .mutation(({ ctx, input }) => reassign(ctx, ctx.actor, input.taskIds, input.toStaffId)),
});
