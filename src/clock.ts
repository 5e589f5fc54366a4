import type { Config } from './config.ts';

/** The clock is passed in, so that tests and `--as-of` control what "today" is. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at a date, or moved by hand in tests. */
export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => (t = new Date(d).getTime()),
    advance: (ms) => (t += ms),
  };
}

/** YYYY-MM-DD of a Date in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date the product takes as today: --as-of when given, else the clock's. */
export function today(deps: { config: Pick<Config, 'asOf'>; clock: Clock }): string {
  return deps.config.asOf ?? isoDate(deps.clock.now());
}
