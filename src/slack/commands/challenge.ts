import { today } from '../../clock.ts';
import { challengeMessage } from '../blocks/lists.ts';
import { linkOf, scopeFor } from '../channels.ts';
import { challenges } from '../capabilities.ts';
import type { CommandRun } from './types.ts';

/** `/scrutiny challenge [topic]`: drafted challenge questions with their evidence. */
export async function challengeCommand({ ctx, cmd, args, respond }: CommandRun): Promise<void> {
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const link = await linkOf(ctx.deps.kv, cmd.channel_id);
  const questions = await challenges(ctx.deps, { topic: args || undefined, committee: link?.committee, asOf: today(ctx.deps), scope });
  await respond({ response_type: 'ephemeral', ...challengeMessage(questions, args ? `Challenge questions: ${args}` : 'Challenge questions') });
}
