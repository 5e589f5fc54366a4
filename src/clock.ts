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

/** True when a string is YYYY-MM-DD and a real calendar date (2025-02-31 is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** YYYY-MM-DD of a Date in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date the product takes as today: --as-of when given, else the clock's. */
export function today(deps: { config: Pick<Config, 'asOf'>; clock: Clock }): string {
  return deps.config.asOf ?? isoDate(deps.clock.now());
}
