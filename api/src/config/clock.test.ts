import { describe, expect, it } from 'vitest';
import { createClock } from './clock';
import { ConfigError, loadConfig } from './config';

/** A real time the test moves by hand. */
function realTime(iso: string) {
  let now = new Date(iso).getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => (now += ms) });
}

describe('createClock', () => {
  it('is the real time when no CLOCK_START is set', () => {
    const real = realTime('2026-11-23T01:00:00Z');
    const clock = createClock(loadConfig({}), real);
    expect(clock().toISOString()).toBe('2026-11-23T01:00:00.000Z');
    real.advance(90_000);
    expect(clock().toISOString()).toBe('2026-11-23T01:01:30.000Z');
  });

  it('starts at CLOCK_START and runs on from it at real speed', () => {
    const real = realTime('2026-11-23T01:00:00Z');
    const clock = createClock(loadConfig({ CLOCK_START: '2026-10-10T10:00:00+08:00' }), real);
    expect(clock().toISOString()).toBe('2026-10-10T02:00:00.000Z');
    real.advance(5 * 60_000);
    expect(clock().toISOString()).toBe('2026-10-10T02:05:00.000Z');
  });

  it('stands still at CLOCK_START with CLOCK_FROZEN', () => {
    const real = realTime('2026-11-23T01:00:00Z');
    const clock = createClock(loadConfig({ CLOCK_START: '2026-10-10T02:00:00Z', CLOCK_FROZEN: 'true' }), real);
    real.advance(3_600_000);
    expect(clock().toISOString()).toBe('2026-10-10T02:00:00.000Z');
    // Every reading is its own Date: a caller that changes one does not move the clock.
    clock().setTime(0);
    expect(clock().toISOString()).toBe('2026-10-10T02:00:00.000Z');
  });
});

describe('CLOCK_START in the config', () => {
  const refusal = (env: NodeJS.ProcessEnv): ConfigError => {
    try {
      loadConfig(env);
    } catch (e) {
      return e as ConfigError;
    }
    throw new Error('accepted');
  };

  it('is refused in production', () => {
    const e = refusal({ NODE_ENV: 'production', CLOCK_START: '2026-10-10T10:00:00+08:00' });
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.variable).toBe('CLOCK_START');
    expect(e.message).toContain('NODE_ENV=production');
    expect(loadConfig({ NODE_ENV: 'production' }).CLOCK_START).toBeUndefined();
  });

  it.each(['2026-10-10', '2026-10-10T10:00:00', 'tomorrow', '2026-13-10T10:00:00Z'])('needs an instant with an offset, not %s', (value) => {
    const e = refusal({ CLOCK_START: value });
    expect(e.variable).toBe('CLOCK_START');
    expect(e.message).toContain(JSON.stringify(value));
  });

  it('refuses CLOCK_FROZEN without an instant to stand at', () => {
    expect(refusal({ CLOCK_FROZEN: 'true' }).variable).toBe('CLOCK_FROZEN');
  });
});
