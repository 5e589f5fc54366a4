import type { App } from '@slack/bolt';
import { MessageEventSchema } from '../payloads.ts';
import { isBotThread } from '../threads.ts';
import type { SlackContext } from '../types.ts';
import { answerInThread, questionIn } from './ask.ts';
import { claimEvent, safely } from './guard.ts';

/**
 * Plain messages: a direct message to the bot gets an answer in its thread; in a channel, a reply in a thread
 * the bot already answers in is a follow-up. Messages that mention the bot are left to the app_mention listener.
 */
export function registerMessages(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, body, client, context }) => {
    await safely(ctx, 'message', async () => {
      const parsed = MessageEventSchema.safeParse(event);
      if (!parsed.success) return;
      const ev = parsed.data;
      if (ev.subtype !== undefined || ev.bot_id !== undefined || !ev.user) return;
      const isDm = ev.channel_type === 'im';
      if (!isDm) {
        if (!ev.thread_ts || (context.botUserId && ev.text.includes(`<@${context.botUserId}>`))) return;
        if (!(await isBotThread(ctx.deps.kv, ev.channel, ev.thread_ts))) return;
      }
      if (!(await claimEvent(ctx, body, ev.channel, ev.ts))) return;
      await answerInThread(ctx, client, questionIn(ev, context.botUserId));
    });
  });
}
