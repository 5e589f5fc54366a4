import { addMeeting, listMeetings, removeMeeting, type Meeting } from '../../meetings/index.ts';
import { AppError } from '../../errors.ts';
import { list, str } from '../args.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

/** `meeting add|list`: the register of committee meetings that packs and reminders belong to. */
export const meetingCommand: Command = {
  ...commandInfo('meeting'),
  async run(ctx, args) {
    const sub = args.positionals[0];
    if (sub === 'add') {
      const papers = list(args, 'papers');
      const meeting = await addMeeting(ctx.deps, {
        committee: str(args, 'committee') ?? '',
        date: str(args, 'date') ?? '',
        title: str(args, 'title'),
        chair: str(args, 'chair'),
        papers: papers.length > 0 ? papers : undefined,
      });
      if (ctx.json) printJson(ctx, meeting);
      else ctx.out(`Added ${describe(meeting)}`);
      return 0;
    }
    if (sub === 'remove') {
      const id = args.positionals[1];
      if (!id || args.positionals.length > 2) throw new AppError('BAD_INPUT', 'meeting remove: give one meeting id (meeting list shows them)');
      const removed = await removeMeeting(ctx.deps, id);
      if (ctx.json) printJson(ctx, removed);
      else ctx.out(`Removed ${describe(removed)}`);
      return 0;
    }
    if (sub === 'list' || sub === undefined) {
      const meetings = await listMeetings(ctx.deps, { committee: str(args, 'committee') });
      if (ctx.json) printJson(ctx, meetings);
      else ctx.out(meetings.length === 0 ? 'No meetings are registered.' : meetings.map(describe).join('\n'));
      return 0;
    }
    throw new AppError('BAD_INPUT', `meeting: unknown action "${sub}"; use "meeting add", "meeting list" or "meeting remove <id>"`);
  },
};

function describe(m: Meeting): string {
  const chair = m.chair ? `, chair ${m.chair}` : '';
  const papers = m.papers.length > 0 ? `, ${m.papers.length} paper${m.papers.length === 1 ? '' : 's'}` : '';
  return `${m.id}: ${m.title} (${m.committee}, ${m.date}${chair}${papers})`;
}
