// Every procedure declares one permission (trpc/procedure.ts); this table says which roles hold
// it. The router walk test fails if a procedure declares none.
import type { StaffRole } from '../../db/schema';

export const PERMISSIONS = [
  /** anyone, signed in or not (sign-in itself, public progress lookup, health) */
  'public',
  /** any signed-in staff member, about themselves or the center's organisation */
  'session.self',
  'counter.work',
  'review.work',
  'approval.work',
  'supervision.view',
  'supervision.manage',
  'admin.staff',
  'admin.settings',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES: readonly StaffRole[] = ['clerk', 'reviewer', 'approver', 'supervisor', 'admin'];

const GRANTS: Record<StaffRole, readonly Permission[]> = {
  clerk: ['session.self', 'counter.work'],
  reviewer: ['session.self', 'review.work'],
  approver: ['session.self', 'review.work', 'approval.work'],
  supervisor: ['session.self', 'supervision.view', 'supervision.manage'],
  admin: ['session.self', 'admin.staff', 'admin.settings', 'supervision.view'],
};

export function roleHas(role: StaffRole, permission: Permission): boolean {
  return permission === 'public' || GRANTS[role].includes(permission);
}
