// The whole API surface. The SPA imports only this type.
import { adminRouter } from './modules/admin/admin.router';
import { authRouter } from './modules/auth/auth.router';
import { orgRouter } from './modules/org/org.router';
import { router } from './trpc/trpc';

export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
