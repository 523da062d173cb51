import { loginInputSchema } from '@onetrip/workflows';
import { publicProcedure, staffProcedure } from '../../trpc/procedure';
import { router } from '../../trpc/trpc';
import { login, logout, sessionPolicy } from './auth.service';
import { SESSION_COOKIE } from './session.repository';
import { describeActor } from './me.query';

export const authRouter = router({
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const result = await login(ctx, input, ctx.userAgent);
    ctx.cookies.set(SESSION_COOKIE, result.token, Math.floor(sessionPolicy(ctx.config).absoluteMs / 1000));
    return describeActor(ctx.database.db, ctx.config, result.actor);
  }),
  logout: staffProcedure('session.self').mutation(async ({ ctx }) => {
    await logout(ctx, ctx.actor);
    ctx.cookies.clear(SESSION_COOKIE);
    return { ok: true as const };
  }),
  me: staffProcedure('session.self').query(({ ctx }) => describeActor(ctx.database.db, ctx.config, ctx.actor)),
});
