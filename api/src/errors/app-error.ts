// Every error a caller can see carries a stable code (`auth.locked`, `lifecycle.four_eyes` …)
// that the SPA maps to `errors.<code>` in its translations; the transport kind sets the status.
import { TRPCError } from '@trpc/server';
import { DomainError } from '@onetrip/workflows';

export type ErrorKind =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends TRPCError {
  constructor(
    kind: ErrorKind,
    readonly appCode: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super({ code: kind, message: appCode });
    this.name = 'AppError';
  }
}

/** A domain refusal from workflows/ becomes a coded transport error of the given kind. */
export function fromDomain(e: DomainError, kind: ErrorKind = 'BAD_REQUEST'): AppError {
  return new AppError(kind, e.code, e.details ?? {});
}

export { DomainError };
