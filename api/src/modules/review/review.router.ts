import { z } from 'zod';
import { decideInputSchema, taskListInputSchema } from '@onetrip/workflows';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { applicationDetail } from '../applications/application-detail.query';
import { claim, claimNext, queueCounts, release, taskPage } from '../tasks/task.service';
import { deleteView, listViews, saveView } from '../tasks/saved-views.service';
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
  views: staffProcedure('review.work').query(({ ctx }) => listViews(ctx, ctx.actor)),
  saveView: staffProcedure('review.work')
    .input(z.object({ name: z.string().trim().min(1, 'view.name_required').max(40, 'view.name_too_long'), shared: z.boolean().default(true), filters: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => saveView(ctx, ctx.actor, input)),
  deleteView: staffProcedure('review.work')
    .input(z.object({ id: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      await deleteView(ctx, ctx.actor, input.id);
      return { ok: true as const };
    }),
});
