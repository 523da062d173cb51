import { z } from 'zod';
import { decideInputSchema, taskListInputSchema } from '@onetrip/workflows';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { applicationDetail } from '../applications/application-detail.query';
import { claim, claimNext, queueCounts, release, taskPage } from '../tasks/task.service';
import { decideTask } from './decide.service';

const taskIdInput = z.object({ taskId: z.string().min(1, 'task.required') });

export const reviewRouter = router({
  queues: staffProcedure('review.work').query(({ ctx }) => queueCounts(ctx, ctx.actor)),
  tasks: staffProcedure('review.work').input(taskListInputSchema).query(({ ctx, input }) => taskPage(ctx, ctx.actor, input)),
  claimNext: staffProcedure('review.work').mutation(({ ctx }) => claimNext(ctx, ctx.actor)),
  claim: staffProcedure('review.work').input(taskIdInput).mutation(({ ctx, input }) => claim(ctx, ctx.actor, input.taskId)),
  release: staffProcedure('review.work').input(taskIdInput).mutation(async ({ ctx, input }) => {
    await release(ctx, ctx.actor, input.taskId);
    return { ok: true as const };
  }),
  application: staffProcedure('review.work')
    .input(z.object({ applicationId: z.string().min(1) }))
    .query(({ ctx, input }) => applicationDetail(ctx, ctx.actor, input.applicationId)),
  decide: staffProcedure('review.work').input(decideInputSchema).mutation(({ ctx, input }) => decideTask(ctx, ctx.actor, input)),
});
