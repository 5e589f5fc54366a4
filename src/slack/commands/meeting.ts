import { addMeeting, listMeetings, removeMeeting } from '../../meetings/index.ts';
import { toAppError } from '../../errors.ts';
import { meetingLine, meetingsMessage } from '../blocks/lists.ts';
import { linkOf } from '../channels.ts';
import { canManage, refusal } from '../roles.ts';
import type { CommandRun } from './types.ts';

const USAGE = 'Usage: `/scrutiny meeting add YYYY-MM-DD [title] [@chair] [committee: <name>]` or `/scrutiny meeting list` or `/scrutiny meeting remove <id>`.';

/** `/scrutiny meeting add|list|remove`: the meeting register (adding is for clerks and chairs). */
export async function meetingCommand(run: CommandRun): Promise<void> {
  const [verb, ...rest] = run.args.split(/\s+/);
  if (verb === 'list' || verb === '' || verb === undefined) return listCommand(run);
  if (verb === 'add') return addCommand(run, rest.join(' '));
  if (verb === 'remove') return removeCommand(run, rest.join(' ').trim());
  await run.respond({ response_type: 'ephemeral', text: USAGE });
}

async function listCommand({ ctx, cmd, respond }: CommandRun): Promise<void> {
  const link = await linkOf(ctx.deps.kv, cmd.channel_id);
  const meetings = await listMeetings(ctx.deps, { committee: link?.committee });
  await respond({ response_type: 'ephemeral', ...meetingsMessage(meetings, `Meetings${link ? `: ${link.committee}` : ''}`) });
}

async function addCommand({ ctx, client, cmd, respond }: CommandRun, text: string): Promise<void> {
  if (!(await canManage(ctx.deps, client, cmd.user_id))) {
    await respond({ response_type: 'ephemeral', text: refusal(ctx.deps, 'manage meetings') });
    return;
  }
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1];
  const chair = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/.exec(text)?.[1];
  const named = /committee\s*:\s*(.+)$/i.exec(text)?.[1]?.trim();
  const committee = named ?? (await linkOf(ctx.deps.kv, cmd.channel_id))?.committee;
  if (!date || !committee) {
    await respond({ response_type: 'ephemeral', text: `${!date ? 'Give the meeting date as YYYY-MM-DD.' : 'This channel is not linked to a committee: add `committee: <name>`.'} ${USAGE}` });
    return;
  }
  const title = text
    .replace(/committee\s*:.*$/i, '')
    .replace(date, '')
    .replace(/<@[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const meeting = await addMeeting(ctx.deps, { committee, date, title: title || undefined, chair });
  await respond({ response_type: 'in_channel', text: `Meeting registered by <@${cmd.user_id}>: ${meetingLine(meeting)}${meeting.chair ? '' : '\nNo chair given, so no reminder will be sent: add `@chair` to have one.'}` });
}

async function removeCommand({ ctx, client, cmd, respond }: CommandRun, id: string): Promise<void> {
  if (!(await canManage(ctx.deps, client, cmd.user_id))) {
    await respond({ response_type: 'ephemeral', text: refusal(ctx.deps, 'manage meetings') });
    return;
  }
  if (!id || /\s/.test(id)) {
    await respond({ response_type: 'ephemeral', text: `Give one meeting id (\`/scrutiny meeting list\` shows them). ${USAGE}` });
    return;
  }
  try {
    const meeting = await removeMeeting(ctx.deps, id);
    await respond({ response_type: 'in_channel', text: `Meeting removed by <@${cmd.user_id}>: ${meetingLine(meeting)}` });
  } catch (err) {
    await respond({ response_type: 'ephemeral', text: toAppError(err).message });
  }
}
