import type Keyv from 'keyv';
import { atomicFor } from '../store/index.ts';

/**
 * Claims a key once: true for the first caller, false for every later one while the claim lives (until released
 * or, with a ttl, until it lapses). Atomic on the store (SET NX, INSERT … ON CONFLICT, BEGIN IMMEDIATE), so of
 * several instances sharing a store exactly one gets it. Claimed before the work starts.
 */
export function claimOnce(kv: Keyv, key: string, ttlMs?: number): Promise<boolean> {
  return atomicFor(kv).claim(key, ttlMs ?? null);
}

/** Gives a claim back so that the work can be tried again. */
export async function releaseClaim(kv: Keyv, key: string): Promise<void> {
  await atomicFor(kv).release(key);
}

/** How long a Slack event id is remembered: Slack retries within minutes, so a day is ample. */
export const EVENT_TTL_MS = 24 * 60 * 60 * 1000;
