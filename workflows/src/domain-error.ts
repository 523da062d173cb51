// Domain errors carry a stable code (e.g. `withdrawal.interval_not_reached`) that the API maps
// to a transport error and the SPA maps to a translation key; the message is for logs only.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
