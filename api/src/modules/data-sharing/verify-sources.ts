// Asks the needed sources in parallel, each bounded by a timeout. A source that is slow or down
// comes back as "unavailable" so its materials are asked for on paper; the clerk is never
// blocked and nothing here throws because of an agency.
import { maskIdNumber, type SharingSource } from '@onetrip/workflows';
import type { Services } from '../../trpc/context';
import type { SharingAdapter, SharingAdapters, SharingAnswer, SharingSubject } from './sharing-adapter';
import { sealEvidence, type SharingQuery, type SourceResult, type UnavailableReason } from './sharing-evidence';
import { networkFromConfig, simulatedAdapters } from './simulators';

export type SharingServices = Pick<Services, 'database' | 'config' | 'clock' | 'log'>;

export interface VerifyOptions {
  /** Per source; defaults to SHARING_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Defaults to the simulators configured from the environment. */
  readonly adapters?: SharingAdapters;
  readonly about?: SharingQuery['about'];
}

export interface QueriedSource {
  readonly result: SourceResult;
  /** The raw answer, for follow-up queries (its links); absent when the source did not answer. */
  readonly answer?: SharingAnswer;
}

class SharingTimeout extends Error {
  constructor() {
    super('data-sharing timeout');
    this.name = 'SharingTimeout';
  }
}

export function defaultAdapters(services: SharingServices): SharingAdapters {
  return simulatedAdapters(services.database, networkFromConfig(services.config));
}

async function querySource(
  services: SharingServices,
  adapter: SharingAdapter,
  subject: SharingSubject,
  query: SharingQuery,
  timeoutMs: number,
): Promise<QueriedSource> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  // Settle into a value either way, so an answer arriving after the timeout is never unhandled.
  const call = Promise.resolve()
    .then(() => adapter.query(subject, controller.signal))
    .then(
      (answer) => ({ answer }),
      (error: unknown) => ({ error }),
    );
  const unavailable = (reason: UnavailableReason): QueriedSource => ({
    result: { source: adapter.source, query, unavailable: reason, at: services.clock().toISOString() },
  });
  try {
    const outcome = await Promise.race([call, timedOut]);
    if (outcome === 'timeout') {
      controller.abort(new SharingTimeout());
      services.log.warn({ source: adapter.source, timeoutMs }, 'data-sharing source timed out');
      return unavailable('timeout');
    }
    if ('error' in outcome) {
      services.log.warn({ source: adapter.source, err: outcome.error }, 'data-sharing source failed');
      return unavailable('error');
    }
    const { answer } = outcome;
    const summary = answer.found ? answer.summary : null;
    return { result: sealEvidence({ source: adapter.source, query, summary, at: services.clock().toISOString() }), answer };
  } finally {
    clearTimeout(timer);
  }
}

/** Like verifySources, keeping each raw answer for follow-up queries (the spouse round). */
export function querySources(
  services: SharingServices,
  subject: SharingSubject,
  sources: readonly SharingSource[],
  options: VerifyOptions = {},
): Promise<QueriedSource[]> {
  const adapters = options.adapters ?? defaultAdapters(services);
  const timeoutMs = options.timeoutMs ?? services.config.SHARING_TIMEOUT_MS;
  const query: SharingQuery = { idNumber: maskIdNumber(subject.idNumber), about: options.about ?? 'applicant' };
  const unique = [...new Set(sources)];
  return Promise.all(unique.map((s) => querySource(services, adapters[s], subject, query, timeoutMs)));
}

/** Per source: sealed evidence, or `unavailable: 'timeout' | 'error'`. Never rejects because of a source. */
export async function verifySources(
  services: SharingServices,
  subject: SharingSubject,
  sources: readonly SharingSource[],
  options: VerifyOptions = {},
): Promise<SourceResult[]> {
  return (await querySources(services, subject, sources, options)).map((q) => q.result);
}
