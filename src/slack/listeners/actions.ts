import type { App } from '@slack/bolt';
import { FEEDBACK_ACTIONS } from '../blocks/answer.ts';
import { FeedbackActionSchema } from '../payloads.ts';
import type { SlackContext } from '../types.ts';
import { answerKey, type AnswerRecord } from './ask.ts';
import { safely } from './guard.ts';

export type Vote = 'helpful' | 'not-helpful';

/** One councillor's vote on one answer, kept for the evaluation. */
export interface FeedbackRecord {
  answerId: string;
  question: string;
  answer: string;
  answered: boolean;
  user: string;
  vote: Vote;
  at: string;
}

export const FEEDBACK_INDEX = 'slack:feedback-index';
export const feedbackKey = (answerId: string, user: string) => `slack:feedback:${answerId}:${user}`;
let queue: Promise<unknown> = Promise.resolve();

/** The helpful / not helpful buttons under an answer record the vote (one per user and answer; a new click replaces it). */
export function registerFeedback(app: App, ctx: SlackContext): void {
  for (const [actionId, vote] of [[FEEDBACK_ACTIONS.helpful, 'helpful'], [FEEDBACK_ACTIONS.notHelpful, 'not-helpful']] as const) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      await safely(ctx, 'feedback', async () => {
        const parsed = FeedbackActionSchema.safeParse(body);
        if (!parsed.success) return ctx.deps.log.warn('slack: feedback click without the fields needed');
        const answerId = parsed.data.actions[0]!.value;
        const record = (await ctx.deps.kv.get(answerKey(answerId))) as AnswerRecord | undefined;
        if (!record) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, I no longer have that answer on record, so I could not note your vote.' });
          return;
        }
        await recordFeedback(ctx, { answerId, question: record.question, answer: record.answer, answered: record.answered, user: parsed.data.user.id, vote, at: ctx.clock.now().toISOString() });
        await respond({ response_type: 'ephemeral', replace_original: false, text: vote === 'helpful' ? 'Thanks, noted as helpful.' : 'Thanks, noted as not helpful: it helps us improve the answers.' });
      });
    });
  }
}

/** Stores a vote and lists it in the feedback index the evaluation reads. */
export function recordFeedback(ctx: SlackContext, f: FeedbackRecord): Promise<void> {
  const next = queue.then(async () => {
    const key = feedbackKey(f.answerId, f.user);
    await ctx.deps.kv.set(key, f);
    const index = ((await ctx.deps.kv.get(FEEDBACK_INDEX)) as string[] | undefined) ?? [];
    if (!index.includes(key)) await ctx.deps.kv.set(FEEDBACK_INDEX, [...index, key]);
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Every recorded vote, oldest first. */
export async function listFeedback(ctx: Pick<SlackContext, 'deps'>): Promise<FeedbackRecord[]> {
  const index = ((await ctx.deps.kv.get(FEEDBACK_INDEX)) as string[] | undefined) ?? [];
  const all = await Promise.all(index.map((k) => ctx.deps.kv.get(k) as Promise<FeedbackRecord | undefined>));
  return all.filter((f): f is FeedbackRecord => f !== undefined).sort((a, b) => a.at.localeCompare(b.at));
}
