// The one table of who sees which pages. The side navigation, the landing page after sign-in
// and the route guard all read it, so a role can never reach a page its menu does not show.
// The first entry of each role is its landing page. Only pages that exist are listed.
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import StorefrontIcon from '@mui/icons-material/Storefront';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TimelineIcon from '@mui/icons-material/Timeline';
import TuneIcon from '@mui/icons-material/Tune';
import type SvgIcon from '@mui/material/SvgIcon';
import type { Role } from '../../lib/api-types';

export const PATHS = {
  counterHome: '/counter',
  reviewHome: '/review',
  supervisionHome: '/supervision',
  supervisionWorkload: '/supervision/workload',
  supervisionAudit: '/supervision/audit',
  supervisionTransfers: '/supervision/transfers',
  supervisionThroughput: '/supervision/throughput',
  supervisionAppointments: '/supervision/appointments',
  staffAccounts: '/admin/staff',
  adminSettings: '/admin/settings',
} as const;
export type PagePath = (typeof PATHS)[keyof typeof PATHS];

export interface NavItem {
  readonly path: PagePath;
  readonly labelKey: string;
  readonly icon: typeof SvgIcon;
}

const counterHome: NavItem = { path: PATHS.counterHome, labelKey: 'nav.counterHome', icon: StorefrontIcon };
const reviewHome: NavItem = { path: PATHS.reviewHome, labelKey: 'nav.reviewHome', icon: FactCheckIcon };
const supervisionHome: NavItem = { path: PATHS.supervisionHome, labelKey: 'nav.supervisionHome', icon: AccountBalanceIcon };
const supervisionWorkload: NavItem = { path: PATHS.supervisionWorkload, labelKey: 'nav.supervisionWorkload', icon: GroupsIcon };
const supervisionAudit: NavItem = { path: PATHS.supervisionAudit, labelKey: 'nav.supervisionAudit', icon: HistoryEduIcon };
const supervisionTransfers: NavItem = { path: PATHS.supervisionTransfers, labelKey: 'nav.supervisionTransfers', icon: SwapHorizIcon };
const supervisionThroughput: NavItem = { path: PATHS.supervisionThroughput, labelKey: 'nav.supervisionThroughput', icon: TimelineIcon };
const supervisionAppointments: NavItem = { path: PATHS.supervisionAppointments, labelKey: 'nav.supervisionAppointments', icon: EventAvailableIcon };
const staffAccounts: NavItem = { path: PATHS.staffAccounts, labelKey: 'nav.staffAccounts', icon: ManageAccountsIcon };
const adminSettings: NavItem = { path: PATHS.adminSettings, labelKey: 'nav.adminSettings', icon: TuneIcon };

export const NAV_BY_ROLE: Record<Role, readonly [NavItem, ...NavItem[]]> = {
  clerk: [counterHome],
  reviewer: [reviewHome],
  approver: [reviewHome],
  supervisor: [supervisionHome, supervisionThroughput, supervisionAppointments, supervisionWorkload, supervisionTransfers, supervisionAudit],
  admin: [staffAccounts, adminSettings],
};

export function homePathFor(role: Role): PagePath {
  return NAV_BY_ROLE[role][0].path;
}

export function mayOpen(role: Role, path: PagePath): boolean {
  return NAV_BY_ROLE[role].some((item) => item.path === path);
}
