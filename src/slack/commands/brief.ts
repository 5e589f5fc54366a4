import { today } from '../../clock.ts';
import { getMeeting, listMeetings } from '../../meetings/index.ts';
import { linkOf, scopeFor } from '../channels.ts';
import { briefingPdf } from '../capabilities.ts';
import type { CommandRun } from './types.ts';

/** `/scrutiny brief [meeting]`: builds the briefing pack and uploads the PDF to the channel. */
export async function briefCommand({ ctx, client, cmd, args, respond }: CommandRun): Promise<void> {
  const scope = await scopeFor(ctx.deps.kv, cmd.channel_id);
  const link = await linkOf(ctx.deps.kv, cmd.channel_id);
  const asOf = today(ctx.deps);
  let meetingId: string | undefined;
  if (args) {
    const meeting = await getMeeting(ctx.deps, args);
    if (!meeting) {
      const known = (await listMeetings(ctx.deps, { committee: link?.committee })).map((m) => `\`${m.id}\``).slice(-5);
      await respond({ response_type: 'ephemeral', text: `I know no meeting \`${args}\`.${known.length ? ` Recent ones: ${known.join(', ')}` : ' `/scrutiny meeting list` shows the register.'}` });
      return;
    }
    meetingId = meeting.id;
  }
  const pdf = await briefingPdf(ctx.deps, { committee: link?.committee, meetingId, asOf, scope });
  const name = `briefing-${meetingId ?? link?.committee?.replace(/\W+/g, '-').toLowerCase() ?? 'all'}-${asOf}.pdf`;
  await client.filesUploadV2({ channel_id: cmd.channel_id, file: pdf, filename: name, title: `Briefing pack${meetingId ? ` for ${meetingId}` : ''}`, initial_comment: `Briefing pack requested by <@${cmd.user_id}>.` });
}
