// Every page and its guard. Which role may open which page is decided in features/shell/nav.ts.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { sessionQueryOptions } from '../features/auth/auth.queries';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { CounterHomePage } from '../features/counter/pages/CounterHomePage';
import { DevInboxPage } from '../features/dev-inbox/pages/DevInboxPage';
import { ProgressPage } from '../features/progress/pages/ProgressPage';
import { reviewRoutes } from '../features/review/review.routes';
import { AppShell } from '../features/shell/components/AppShell';
import { HomeRedirect, RoleGate } from '../features/shell/components/RoleGate';
import { PATHS } from '../features/shell/nav';
import { NotFoundPage } from '../features/shell/pages/NotFoundPage';
import { RouteErrorPage } from '../features/shell/pages/RouteErrorPage';
import { AppLoading } from '../ui/AppLoading';
import type { RouteDeps } from './route-deps';

// The data grid is large and only administrators open this page.
const StaffAccountsPage = lazy(() => import('../features/admin/pages/StaffAccountsPage').then((m) => ({ default: m.StaffAccountsPage })));
// The supervisor's pages (grids, charts) load only for supervisors.
const SupervisionHomePage = lazy(() => import('../features/supervision/pages/SupervisionHomePage').then((m) => ({ default: m.SupervisionHomePage })));
const WorkloadPage = lazy(() => import('../features/supervision/pages/WorkloadPage').then((m) => ({ default: m.WorkloadPage })));
const AuditPage = lazy(() => import('../features/supervision/pages/AuditPage').then((m) => ({ default: m.AuditPage })));
// The chart library is large; only supervisors open this page.
const ThroughputPage = lazy(() => import('../features/throughput/pages/ThroughputPage').then((m) => ({ default: m.ThroughputPage })));
const UtilisationPage = lazy(() => import('../features/utilisation/pages/UtilisationPage').then((m) => ({ default: m.UtilisationPage })));
const TransfersPage = lazy(() => import('../features/transfers/pages/TransfersPage').then((m) => ({ default: m.TransfersPage })));
const SettingsPage = lazy(() => import('../features/settings/pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));

export function createAppRouter(deps: RouteDeps) {
  return createBrowserRouter([
    { path: '/login', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    // Open to anyone, no sign-in: the progress lookup a receipt's QR code leads to (the API's
    // progressUrl), and the simulated gateways' inbox (the API refuses it unless DEV_INBOX).
    { path: '/progress', element: <ProgressPage />, errorElement: <RouteErrorPage /> },
    { path: '/dev/inbox', element: <DevInboxPage />, errorElement: <RouteErrorPage /> },
    {
      element: (
        <RequireAuth>
          <AppShell />
        </RequireAuth>
      ),
      errorElement: <RouteErrorPage />,
      // The session check leaves before React first renders, beside the page's code and data.
      loader: () => {
        void deps.queryClient.prefetchQuery(sessionQueryOptions(deps.apiClient));
        return null;
      },
      hydrateFallbackElement: <AppLoading />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: PATHS.counterHome, element: <RoleGate path={PATHS.counterHome}><CounterHomePage /></RoleGate> },
        // The review workspace (grid, viewer, calculators) loads only for reviewers and approvers.
        ...reviewRoutes(deps),
        { path: PATHS.supervisionHome, element: <RoleGate path={PATHS.supervisionHome}><SupervisionHomePage /></RoleGate> },
        { path: PATHS.supervisionWorkload, element: <RoleGate path={PATHS.supervisionWorkload}><WorkloadPage /></RoleGate> },
        { path: PATHS.supervisionAudit, element: <RoleGate path={PATHS.supervisionAudit}><AuditPage /></RoleGate> },
        { path: PATHS.staffAccounts, element: <RoleGate path={PATHS.staffAccounts}><StaffAccountsPage /></RoleGate> },
        { path: PATHS.supervisionThroughput, element: <RoleGate path={PATHS.supervisionThroughput}><ThroughputPage /></RoleGate> },
        { path: PATHS.supervisionAppointments, element: <RoleGate path={PATHS.supervisionAppointments}><UtilisationPage /></RoleGate> },
        { path: PATHS.supervisionTransfers, element: <RoleGate path={PATHS.supervisionTransfers}><TransfersPage /></RoleGate> },
        { path: PATHS.adminSettings, element: <RoleGate path={PATHS.adminSettings}><SettingsPage /></RoleGate> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
