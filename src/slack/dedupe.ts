import type Keyv from 'keyv';

const pending = new WeakMap<Keyv, Set<string>>();

/**
 * Claims a key once: true for the first caller, false for every later one while the claim lives.
 * Claimed before the work starts, so a retried Slack delivery never does the work twice.
 * Keyv has no atomic set-if-absent: a per-process guard closes the gap between read and write in one instance.
 */
export async function claimOnce(kv: Keyv, key: string, ttlMs?: number): Promise<boolean> {
  const mine = pending.get(kv) ?? new Set<string>();
  pending.set(kv, mine);
  if (mine.has(key)) return false;
  mine.add(key);
  try {
    if ((await kv.get(key)) !== undefined) return false;
    await kv.set(key, { claimedAt: new Date().toISOString() }, ttlMs);
    return true;
  } finally {
    mine.delete(key);
  }
}

/** Gives a claim back so that the work can be tried again. */
export async function releaseClaim(kv: Keyv, key: string): Promise<void> {
  await kv.delete(key);
}

/** How long a Slack event id is remembered: Slack retries within minutes, so a day is ample. */
export const EVENT_TTL_MS = 24 * 60 * 60 * 1000;
