import type { ActionItem } from '../../actions/types.ts';
import type { ChallengeQuestion } from '../../challenge/types.ts';
import type { PaperMeta } from '../../domain.ts';
import type { Meeting } from '../../meetings/index.ts';
import { actionLine, listBlocks, paperLine } from './lists.ts';
import { LIMITS, context, escapeMrkdwn, header, humanDate, sections, type Block, type SlackMessage } from './text.ts';

export interface ReminderData {
  meeting: Meeting;
  newPapers: PaperMeta[];
  actions: ActionItem[] | null;
  challenges: ChallengeQuestion[] | null;
  packAttached: boolean;
}

/** The chair's reminder before a meeting: new papers, overdue and unreported commitments, suggested questions. */
export function reminderMessage(d: ReminderData): SlackMessage {
  const m = d.meeting;
  const intro = `Your meeting *${escapeMrkdwn(m.title)}* (${escapeMrkdwn(m.committee)}) is on *${humanDate(m.date)}*.${d.packAttached ? ' The briefing pack is attached below.' : ''}`;
  const budget = (LIMITS.blocks - 6) / 3;
  const blocks: Block[] = [header(`Meeting on ${humanDate(m.date)}`), ...sections(intro)];
  blocks.push(...part('New papers since the last meeting', d.newPapers.map(paperLine), 'No new papers since the last meeting.', 'paper', budget));
  if (d.actions) blocks.push(...part('Overdue and unreported commitments', d.actions.map(actionLine), 'None: every commitment is reported back or not yet due.', 'commitment', budget));
  if (d.challenges) {
    const lines = d.challenges.map((q, i) => `${i + 1}. ${escapeMrkdwn(q.question)}\n_${escapeMrkdwn(q.citations[0]?.paper.title ?? '')}_`);
    blocks.push(...part('Suggested challenge questions', lines, 'No challenge questions suggested.', 'question', budget));
  }
  return { text: `Reminder: ${m.title} on ${humanDate(m.date)}`, blocks: blocks.slice(0, LIMITS.blocks) };
}

function part(title: string, lines: string[], empty: string, noun: string, max: number): Block[] {
  return lines.length === 0 ? [header(title), context(empty)] : listBlocks(header(title), context(`${lines.length} ${noun}(s)`), lines, noun, Math.floor(max));
}
