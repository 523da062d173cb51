// The one "now" of a server process (services.clock): the real time, or — for tests and demos
// only (CLOCK_START, refused in production by loadConfig) — a clock set to a chosen instant that
// runs on from it at real speed, or stands still there with CLOCK_FROZEN. A demo on the make-up
// Saturday after National Day then behaves as it would on that day: deadlines, the SLA board,
// sessions, jobs and audit times all read this clock.
import type { Clock } from '../trpc/context';
import type { Config } from './config';

/** `realNow` is injectable so a test can move the real time itself. */
export function createClock(config: Pick<Config, 'CLOCK_START' | 'CLOCK_FROZEN'>, realNow: Clock = () => new Date()): Clock {
  if (!config.CLOCK_START) return realNow;
  const start = new Date(config.CLOCK_START).getTime();
  if (config.CLOCK_FROZEN) return () => new Date(start);
  const offset = start - realNow().getTime();
  return () => new Date(realNow().getTime() + offset);
}
