// What makes a simulator feel like a remote agency: latency and occasional failure. Both are
// injectable so a test can make one source slow or down without sleeping or rolling dice.
import type { SharingSource } from '@onetrip/workflows';
import type { SharingAdapter, SharingAnswer, SharingSubject } from './sharing-adapter';

export interface SimulatedBehaviour {
  readonly latencyMs: number;
  /** Share of calls that fail, 0–1. */
  readonly failureRate: number;
}

export interface SimulatedNetwork extends SimulatedBehaviour {
  /** Uniform draw in [0, 1); a call fails when the draw is below the failure rate. */
  readonly draw: () => number;
  readonly perSource?: Partial<Record<SharingSource, Partial<SimulatedBehaviour>>>;
}

export class SimulatedAgencyError extends Error {
  constructor(readonly source: SharingSource) {
    super(`${source}: simulated agency failure`);
    this.name = 'SimulatedAgencyError';
  }
}

export function behaviourFor(network: SimulatedNetwork, source: SharingSource): SimulatedBehaviour {
  const o = network.perSource?.[source] ?? {};
  return { latencyMs: o.latencyMs ?? network.latencyMs, failureRate: o.failureRate ?? network.failureRate };
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts (the caller gave up waiting). */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The network leg of a simulated call: wait, then maybe fail. The database read comes after,
 * so a call the caller abandoned never touches the (single-session) database. */
export async function simulateNetwork(network: SimulatedNetwork, source: SharingSource, signal: AbortSignal): Promise<void> {
  const b = behaviourFor(network, source);
  await abortableDelay(b.latencyMs, signal);
  if (network.draw() < b.failureRate) throw new SimulatedAgencyError(source);
}

/** A simulator: the network leg, then the answer read from the agency's seeded table. */
export function simulatedAdapter(
  source: SharingSource,
  network: SimulatedNetwork,
  answer: (subject: SharingSubject) => Promise<SharingAnswer>,
): SharingAdapter {
  return {
    source,
    async query(subject, signal) {
      await simulateNetwork(network, source, signal);
      return answer(subject);
    },
  };
}
