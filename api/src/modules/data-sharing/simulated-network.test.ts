import { describe, expect, it } from 'vitest';
import { abortableDelay, behaviourFor, SimulatedAgencyError, simulateNetwork, type SimulatedNetwork } from './simulated-network';

const network: SimulatedNetwork = { latencyMs: 0, failureRate: 0.2, draw: () => 0.1, perSource: { credit: { failureRate: 0 }, property: { latencyMs: 5 } } };

describe('simulated network', () => {
  it('per-source behaviour overrides the default', () => {
    expect(behaviourFor(network, 'credit')).toEqual({ latencyMs: 0, failureRate: 0 });
    expect(behaviourFor(network, 'property')).toEqual({ latencyMs: 5, failureRate: 0.2 });
    expect(behaviourFor(network, 'identity')).toEqual({ latencyMs: 0, failureRate: 0.2 });
  });

  it('fails when the injected draw falls below the failure rate', async () => {
    const signal = new AbortController().signal;
    await expect(simulateNetwork(network, 'identity', signal)).rejects.toBeInstanceOf(SimulatedAgencyError);
    await expect(simulateNetwork(network, 'credit', signal)).resolves.toBeUndefined();
    await expect(simulateNetwork({ ...network, draw: () => 0.2 }, 'identity', signal)).resolves.toBeUndefined();
  });

  it('a delay ends early when the caller gives up', async () => {
    const c = new AbortController();
    const started = performance.now();
    const delay = abortableDelay(60_000, c.signal);
    c.abort(new Error('gave up'));
    await expect(delay).rejects.toThrow('gave up');
    // Not the 60 s delay (the margin absorbs a loaded machine).
    expect(performance.now() - started).toBeLessThan(15_000);
    await expect(abortableDelay(10, c.signal)).rejects.toThrow('gave up');
  });
});
