import { randomUUID } from 'node:crypto';
import { ask } from '../../answer/index.ts';
import { toAppError } from '../../errors.ts';
import { answerMessage, errorMessage } from '../blocks/answer.ts';
import { scopeFor } from '../channels.ts';
import type { MessageEvent } from '../payloads.ts';
import { cleanQuestion, rememberQuestion, threadHistory } from '../threads.ts';
import type { SlackClient, SlackContext } from '../types.ts';

const WORKING = 'hourglass_flowing_sand';
const ANSWER_TTL_MS = 180 * 24 * 60 * 60 * 1000;

export interface Question {
  channel: string;
  channelType?: string;
  /** The message asking: the work-under-way reaction goes on it. */
  ts: string;
  /** The thread to answer in: the message's own thread, or the message itself. */
  threadTs: string;
  user: string;
  question: string;
}

/** The question a message asks, answered in the message's thread (or a thread started on it), without the bot's mention. */
export function questionIn(ev: MessageEvent, botUserId: string | undefined): Question {
  return { channel: ev.channel, channelType: ev.channel_type, ts: ev.ts, threadTs: ev.thread_ts ?? ev.ts, user: ev.user ?? 'unknown', question: cleanQuestion(ev.text, botUserId) };
}

/** What was answered, kept for the helpful / not helpful buttons. */
export interface AnswerRecord {
  question: string;
  answer: string;
  answered: boolean;
  channel: string;
  threadTs: string;
  user: string;
  at: string;
}

export const answerKey = (id: string) => `slack:answer:${id}`;

/**
 * Answers a question in its thread: a reaction at once to show work under way, then the answer with its quotes.
 * Earlier questions of the thread are passed as history. Any failure is said in the thread.
 */
export async function answerInThread(ctx: SlackContext, client: SlackClient, q: Question): Promise<void> {
  const { deps } = ctx;
  await react(ctx, client, 'add', q, WORKING);
  try {
    if (!q.question) {
      await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, text: 'Ask me a question about the committee papers, for example: _How many children in care are there?_' });
      return;
    }
    const scope = await scopeFor(deps.kv, q.channel, q.channelType);
    const history = await threadHistory(deps.kv, q.channel, q.threadTs);
    const answer = await ask(deps, q.question, { scope, history });
    await rememberQuestion(deps.kv, q.channel, q.threadTs, q.question);
    const id = randomUUID();
    const record: AnswerRecord = { question: q.question, answer: answer.answer, answered: answer.answered, channel: q.channel, threadTs: q.threadTs, user: q.user, at: ctx.clock.now().toISOString() };
    await deps.kv.set(answerKey(id), record, ANSWER_TTL_MS);
    await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, ...answerMessage(answer, id), unfurl_links: false });
    await react(ctx, client, 'add', q, answer.answered ? 'white_check_mark' : 'grey_question');
  } catch (err) {
    const e = toAppError(err);
    deps.log.error('slack: answering failed', { channel: q.channel, error: e.message });
    await client.chat
      .postMessage({ channel: q.channel, thread_ts: q.threadTs, ...errorMessage('answering your question', e.message) })
      .catch((e2: Error) => deps.log.error('slack: cannot even report the failure', { error: e2.message }));
    await react(ctx, client, 'add', q, 'warning');
  } finally {
    await react(ctx, client, 'remove', q, WORKING);
  }
}

async function react(ctx: SlackContext, client: SlackClient, op: 'add' | 'remove', q: Question, name: string): Promise<void> {
  try {
    await client.reactions[op]({ channel: q.channel, timestamp: q.ts, name });
  } catch (err) {
    ctx.deps.log.warn(`slack: reactions.${op} failed`, { name, error: (err as Error).message });
  }
}
