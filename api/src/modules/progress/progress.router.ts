import { progressQuerySchema } from '@onetrip/workflows';
import { publicProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { lookupProgress } from './progress.query';

export const progressRouter = router({
  lookup: publicProcedure.input(progressQuerySchema).query(({ ctx, input }) => lookupProgress(ctx, ctx.clientIp, input)),
});
