// The one tRPC instance: procedures carry their permission as meta, and one formatter gives
// every error a stable `appCode` the SPA translates.
import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import { DomainError } from '@onetrip/workflows';
import { AppError } from '../errors/app-error';
import type { Permission } from '../modules/auth/permissions';
import type { Context } from './context';

export interface ProcedureMeta {
  permission: Permission;
}

const DEFAULT_CODES: Record<string, string> = {
  UNAUTHORIZED: 'auth.required',
  FORBIDDEN: 'auth.forbidden',
  NOT_FOUND: 'common.not_found',
  BAD_REQUEST: 'validation.invalid',
  CONFLICT: 'common.conflict',
  TOO_MANY_REQUESTS: 'common.too_many_requests',
  PAYLOAD_TOO_LARGE: 'common.too_large',
  METHOD_NOT_SUPPORTED: 'common.bad_request',
  PARSE_ERROR: 'validation.invalid',
};

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      let appCode = DEFAULT_CODES[error.code] ?? 'common.internal';
      let details: Record<string, unknown> = {};
      let issues: { path: string; code: string }[] | undefined;
      if (error instanceof AppError) {
        appCode = error.appCode;
        details = error.details;
      } else if (cause instanceof DomainError) {
        appCode = cause.code;
        details = cause.details ?? {};
      } else if (cause instanceof ZodError) {
        appCode = 'validation.invalid';
        // Messages of the shared schemas are codes (e.g. `id_number.check_digit`).
        issues = cause.issues.map((i) => ({ path: i.path.join('.'), code: i.message }));
      }
      const internal = appCode === 'common.internal';
      return {
        message: internal ? 'common.internal' : shape.message,
        code: shape.code,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, appCode, details, issues },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
