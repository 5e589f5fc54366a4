import { randomUUID } from 'node:crypto';
import { ask } from '../../answer/index.ts';
import { answerMessage } from '../blocks/answer.ts';
import { scopeFor } from '../channels.ts';
import { answerKey, type AnswerRecord } from '../listeners/ask.ts';
import type { CommandRun } from './types.ts';

/** `/scrutiny ask <question>`: the answer, posted in the channel for everyone to see. */
export async function askCommand({ ctx, cmd, args, respond }: CommandRun): Promise<void> {
  if (!args) {
    await respond({ response_type: 'ephemeral', text: 'What would you like to ask? For example: `/scrutiny ask How many children in care are there?`' });
    return;
  }
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const answer = await ask(ctx.deps, args, { scope });
  const id = randomUUID();
  const record: AnswerRecord = { question: args, answer: answer.answer, answered: answer.answered, channel: cmd.channel_id, threadTs: '', user: cmd.user_id, at: ctx.clock.now().toISOString() };
  await ctx.deps.kv.set(answerKey(id), record);
  const msg = answerMessage(answer, id);
  await respond({ response_type: 'in_channel', text: `<@${cmd.user_id}> asked: ${args}\n${msg.text}`, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: `<@${cmd.user_id}> asked: ${args.slice(0, 2000)}` }] }, ...msg.blocks.slice(0, 49)] });
}
