// The only three ways to make a procedure. Each declares its permission as meta, in one place, and
// the check runs before the input is even parsed. The router walk test (app.router.test.ts)
// fails if any procedure lacks one.
import { AppError } from '../errors/app-error';
import { roleHas, type Permission } from '../modules/auth/permissions';
import { t } from './trpc';

const requireDeclared = t.middleware(({ meta, next }) => {
  if (!meta?.permission) throw new AppError('INTERNAL_SERVER_ERROR', 'common.no_permission_declared');
  return next();
});

const requireStaff = t.middleware(({ ctx, meta, next }) => {
  const permission = meta?.permission;
  if (!permission || permission === 'public') throw new AppError('INTERNAL_SERVER_ERROR', 'common.no_permission_declared');
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHORIZED', ctx.sessionExpired ? 'auth.session_expired' : 'auth.required');
  if (!roleHas(actor.role, permission)) {
    throw new AppError('FORBIDDEN', 'auth.forbidden', { permission, role: actor.role });
  }
  return next({ ctx: { actor } });
});

// Applicants are not staff: a staff session never opens an applicant procedure, and the other way round.
const requireApplicant = t.middleware(({ ctx, next }) => {
  const applicant = ctx.applicant;
  if (!applicant) throw new AppError('UNAUTHORIZED', 'applicant.sign_in_required');
  return next({ ctx: { applicant } });
});

/** Anyone may call it, signed in or not. */
export const publicProcedure = t.procedure.meta({ permission: 'public' }).use(requireDeclared);

/** A signed-in staff member holding `permission`; `ctx.actor` is non-null inside. */
export function staffProcedure(permission: Exclude<Permission, 'public' | 'applicant.self'>) {
  return t.procedure.meta({ permission }).use(requireStaff);
}

/** An applicant signed in to the online hall; `ctx.applicant` is non-null inside. */
export const applicantProcedure = t.procedure.meta({ permission: 'applicant.self' }).use(requireApplicant);
