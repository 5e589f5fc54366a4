import type Keyv from 'keyv';

const THREAD_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_HISTORY = 10;
const key = (channel: string, threadTs: string) => `slack:thread:${channel}:${threadTs}`;

/** Earlier questions asked in a thread, oldest first (empty for a new thread). */
export async function threadHistory(kv: Keyv, channel: string, threadTs: string): Promise<string[]> {
  return ((await kv.get(key(channel, threadTs))) as string[] | undefined) ?? [];
}

/** Whether the bot has answered in this thread before. */
export async function isBotThread(kv: Keyv, channel: string, threadTs: string): Promise<boolean> {
  return (await kv.get(key(channel, threadTs))) !== undefined;
}

/** Remembers a question asked in a thread so that follow-ups are read in its context. */
export async function rememberQuestion(kv: Keyv, channel: string, threadTs: string, question: string): Promise<void> {
  const history = await threadHistory(kv, channel, threadTs);
  await kv.set(key(channel, threadTs), [...history, question].slice(-MAX_HISTORY), THREAD_TTL_MS);
}

/** A message's text without mentions of the bot, with Slack's escapes undone. */
export function cleanQuestion(text: string, botUserId?: string): string {
  const withoutBot = botUserId ? text.replaceAll(`<@${botUserId}>`, ' ') : text.replace(/^\s*<@[UW][A-Z0-9]+>/, ' ');
  return withoutBot
    .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, '@$1')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}
