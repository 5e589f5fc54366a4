import type { App } from '@slack/bolt';
import { atomicFor } from '../../store/index.ts';
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
export async function recordFeedback(ctx: SlackContext, f: FeedbackRecord): Promise<void> {
  const atomic = atomicFor(ctx.deps.kv);
  const key = feedbackKey(f.answerId, f.user);
  await atomic.set(key, f);
  await atomic.update<string[], void>(FEEDBACK_INDEX, (index) =>
    index?.includes(key) ? { skip: true, result: undefined } : { value: [...(index ?? []), key], result: undefined },
  );
}

/** Every recorded vote, oldest first. */
export async function listFeedback(ctx: Pick<SlackContext, 'deps'>): Promise<FeedbackRecord[]> {
  const atomic = atomicFor(ctx.deps.kv);
  const index = (await atomic.get<string[]>(FEEDBACK_INDEX)) ?? [];
  const all = await Promise.all(index.map((k) => atomic.get<FeedbackRecord>(k)));
  return all.filter((f): f is FeedbackRecord => f !== undefined).sort((a, b) => a.at.localeCompare(b.at));
}
