import { PROGRESS_VALUES, type Progress } from '../../actions/types.ts';
import { today } from '../../clock.ts';
import { actionLine, actionsMessage } from '../blocks/lists.ts';
import { linkOf, scopeFor } from '../channels.ts';
import { actionsInScope, markProgress } from '../capabilities.ts';
import { canManage, refusal } from '../roles.ts';
import type { CommandRun } from './types.ts';

/** `/scrutiny actions`: the promise tracker for this channel's committee, overdue first. */
export async function actionsCommand({ ctx, cmd, respond }: CommandRun): Promise<void> {
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const link = await linkOf(ctx.deps.kv, cmd.channel_id);
  const items = await actionsInScope(ctx.deps, { asOf: today(ctx.deps), committee: link?.committee, scope });
  await respond({ response_type: 'ephemeral', ...actionsMessage(items, `Commitments${link ? `: ${link.committee}` : ''}`) });
}

/** `/scrutiny mark <id> <progress> [note]`: a clerk or chair records progress on a commitment. */
export async function markCommand({ ctx, client, cmd, args, respond }: CommandRun): Promise<void> {
  if (!(await canManage(ctx.deps, client, cmd.user_id))) {
    await respond({ response_type: 'ephemeral', text: refusal(ctx.deps, 'mark progress on commitments') });
    return;
  }
  const [id, progress, ...note] = args.split(/\s+/).filter(Boolean);
  if (!id || !progress || !PROGRESS_VALUES.includes(progress as Progress)) {
    await respond({ response_type: 'ephemeral', text: `Usage: \`/scrutiny mark <id> <${PROGRESS_VALUES.join('|')}> [note]\` (ids are shown by \`/scrutiny actions\`).` });
    return;
  }
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const item = await markProgress(ctx.deps, id, progress as Progress, note.join(' ') || undefined, cmd.user_id, scope);
  if (!item) {
    await respond({
      response_type: 'ephemeral',
      text: `I found no commitment with id \`${id}\` among the papers this conversation may see. \`/scrutiny actions\` lists them with their ids; a confidential paper's commitments are marked in the committee's confidential channel.`,
    });
    return;
  }
  await respond({ response_type: 'in_channel', text: `<@${cmd.user_id}> marked a commitment *${progress}*:\n${actionLine(item)}` });
}
