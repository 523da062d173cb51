import { z } from 'zod';
import { mobileSchema } from '@onetrip/workflows';
import { publicProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { readInbox } from './inbox.query';

export const notificationsRouter = router({
  /** Only while DEV_INBOX=true (demo, development); NOT_FOUND otherwise. */
  inbox: publicProcedure
    .input(z.object({ mobile: mobileSchema.optional(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => readInbox(ctx, input)),
});
