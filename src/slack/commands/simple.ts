import { inScope } from '../../domain.ts';
import { helpMessage } from '../blocks/help.ts';
import { papersMessage } from '../blocks/lists.ts';
import { linkChannel, linkOf, scopeFor } from '../channels.ts';
import { canManage, refusal } from '../roles.ts';
import type { CommandRun } from './types.ts';

/** `/scrutiny papers`: the latest papers this channel may see. */
export async function papersCommand({ ctx, cmd, respond }: CommandRun): Promise<void> {
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const link = await linkOf(ctx.deps.kv, cmd.channel_id);
  const papers = (await ctx.deps.papers.list()).filter((p) => inScope(p, scope)).reverse();
  await respond({ response_type: 'ephemeral', ...papersMessage(papers, `Papers${link ? `: ${link.committee}` : ''}`) });
}

/** `/scrutiny link <committee> [--confidential]`: a clerk or chair links this channel to a committee. */
export async function linkCommand({ ctx, client, cmd, args, respond }: CommandRun): Promise<void> {
  if (!(await canManage(ctx.deps, client, cmd.user_id))) {
    await respond({ response_type: 'ephemeral', text: refusal(ctx.deps, 'link channels to committees') });
    return;
  }
  const confidential = /(^|\s)--confidential\b/.test(args);
  const committee = args.replace(/(^|\s)--confidential\b/, ' ').replace(/\s+/g, ' ').trim();
  if (!committee) {
    await respond({ response_type: 'ephemeral', text: 'Usage: `/scrutiny link <committee> [--confidential]`.' });
    return;
  }
  if (cmd.channel_id.startsWith('D')) {
    await respond({ response_type: 'ephemeral', text: 'A direct message cannot be linked to a committee: run this in the committee\'s channel.' });
    return;
  }
  await linkChannel(ctx.deps.kv, cmd.channel_id, { committee, confidential, linkedBy: cmd.user_id, linkedAt: ctx.clock.now().toISOString() });
  const conf = confidential ? ' It may see the committee\'s confidential papers.' : ' Confidential papers are not quoted here.';
  await respond({ response_type: 'in_channel', text: `<@${cmd.user_id}> linked this channel to *${committee}*: answers here cite only its papers.${conf}` });
}

export async function helpCommand({ respond }: CommandRun): Promise<void> {
  await respond({ response_type: 'ephemeral', ...helpMessage() });
}
