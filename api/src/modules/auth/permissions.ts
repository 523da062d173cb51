// Every procedure declares one permission (trpc/procedure.ts); this table says which roles hold
// it. The router walk test fails if a procedure declares none.
import type { StaffRole } from '../../db/schema';

export const PERMISSIONS = [
  /** anyone, signed in or not (sign-in itself, public progress lookup, health) */
  'public',
  /** any signed-in staff member, about themselves or the center's organisation */
  'session.self',
  'counter.work',
  /** read an application's file and its issued documents (anyone who works cases) */
  'case.read',
  /** book an approved loan's contract signing at a bank window */
  'loan.contract',
  'review.work',
  'approval.work',
  'supervision.view',
  'supervision.manage',
  'admin.staff',
  'admin.settings',
  /** an applicant signed in to the online hall, about their own applications; no staff role holds it */
  'applicant.self',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES: readonly StaffRole[] = ['clerk', 'reviewer', 'approver', 'supervisor', 'admin'];

const GRANTS: Record<StaffRole, readonly Permission[]> = {
  clerk: ['session.self', 'counter.work', 'case.read', 'loan.contract'],
  reviewer: ['session.self', 'review.work', 'case.read'],
  approver: ['session.self', 'review.work', 'approval.work', 'case.read', 'loan.contract'],
  supervisor: ['session.self', 'supervision.view', 'supervision.manage', 'case.read'],
  admin: ['session.self', 'admin.staff', 'admin.settings', 'supervision.view'],
};

export function roleHas(role: StaffRole, permission: Permission): boolean {
  return permission === 'public' || GRANTS[role].includes(permission);
}
