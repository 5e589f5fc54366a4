import { claimOnce, EVENT_TTL_MS } from '../dedupe.ts';
import { EnvelopeSchema } from '../payloads.ts';
import type { SlackContext } from '../types.ts';

/** Runs a listener's work so that it never throws: failures are logged (the work itself tells the user). */
export async function safely(ctx: SlackContext, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    ctx.deps.log.error(`slack: ${what} failed`, { error: (err as Error).message });
  }
}

/**
 * Claims an event before any work starts: false when this delivery (a Slack retry: same event_id) or this
 * message (seen through another event type) was already taken.
 */
export async function claimEvent(ctx: SlackContext, body: unknown, channel: string, ts: string): Promise<boolean> {
  const env = EnvelopeSchema.safeParse(body);
  if (env.success && !(await claimOnce(ctx.deps.kv, `slack:event:${env.data.event_id}`, EVENT_TTL_MS))) return false;
  return claimOnce(ctx.deps.kv, `slack:message:${channel}:${ts}`, EVENT_TTL_MS);
}
