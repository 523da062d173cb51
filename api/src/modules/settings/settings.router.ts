// The administrator's settings: policy parameters with effective dates and the holiday calendar.
import { staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { calendarOverview, loadHolidayNotice } from './calendar.service';
import { changePolicy, policyOverview } from './policy.service';
import { changePolicyInput, loadHolidayNoticeInput } from './settings.schemas';

export const settingsRouter = router({
  policy: staffProcedure('admin.settings').query(({ ctx }) => policyOverview(ctx)),
  changePolicy: staffProcedure('admin.settings').input(changePolicyInput).mutation(({ ctx, input }) => changePolicy(ctx, ctx.actor, input)),
  calendar: staffProcedure('admin.settings').query(({ ctx }) => calendarOverview(ctx)),
  loadHolidayNotice: staffProcedure('admin.settings').input(loadHolidayNoticeInput).mutation(({ ctx, input }) => loadHolidayNotice(ctx, ctx.actor, input.notice)),
});
