import type { App } from '@slack/bolt';
import { MessageEventSchema } from '../payloads.ts';
import type { SlackContext } from '../types.ts';
import { answerInThread, questionIn } from './ask.ts';
import { claimEvent, safely } from './guard.ts';

/** An @mention in a channel gets an answer in its thread. */
export function registerMention(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    await safely(ctx, 'app_mention', async () => {
      const parsed = MessageEventSchema.safeParse(event);
      if (!parsed.success) return ctx.deps.log.warn('slack: app_mention without the fields needed', { issues: parsed.error.issues.length });
      const ev = parsed.data;
      if (!(await claimEvent(ctx, body, ev.channel, ev.ts))) return;
      await answerInThread(ctx, client, questionIn(ev, context.botUserId));
    });
  });
}
