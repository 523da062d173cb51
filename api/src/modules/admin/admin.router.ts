import { z } from 'zod';
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { listStaff, unlockStaff } from './staff-admin.service';

export const adminRouter = router({
  staff: staffProcedure('admin.staff').query(({ ctx }) => listStaff(ctx)),
  unlockStaff: staffProcedure('admin.staff')
    .input(z.object({ staffId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      await unlockStaff(ctx, ctx.actor, input.staffId);
      return { ok: true as const };
    }),
});
