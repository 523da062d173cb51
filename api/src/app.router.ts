// The whole API surface. The SPA imports only this type.
import { adminRouter } from './modules/admin/admin.router';
import { applicantRouter } from './modules/applicant-portal/applicant.router';
import { appointmentsRouter } from './modules/appointments/appointments.router';
import { archiveRouter } from './modules/archive-search/archive-search.router';
import { authRouter } from './modules/auth/auth.router';
import { orgRouter } from './modules/org/org.router';
import { counterRouter } from './modules/intake/counter.router';
import { notificationsRouter } from './modules/notifications/notifications.router';
import { progressRouter } from './modules/progress/progress.router';
import { reviewRouter } from './modules/review/review.router';
import { loansRouter } from './modules/loans/loans.router';
import { settingsRouter } from './modules/settings/settings.router';
import { supervisionRouter } from './modules/supervision/supervision.router';
import { transfersRouter } from './modules/transfers/transfers.router';
import { router } from './trpc/trpc';

export const appRouter = router({
  appointments: appointmentsRouter,
  auth: authRouter,
  org: orgRouter,
  admin: adminRouter,
  counter: counterRouter,
  review: reviewRouter,
  loans: loansRouter,
  supervision: supervisionRouter,
  settings: settingsRouter,
  transfers: transfersRouter,
  applicant: applicantRouter,
  progress: progressRouter,
  notifications: notificationsRouter,
  archive: archiveRouter,
});

export type AppRouter = typeof appRouter;
