import { sections, header, type SlackMessage } from './text.ts';

const LINES = [
  '*Ask* · `@Scrutiny <question>` in a channel, a direct message, or `/scrutiny ask <question>`. Follow-ups in the thread are understood in context.',
  '`/scrutiny actions` · the promise tracker: commitments, overdue first.',
  '`/scrutiny mark <id> <achieved|on-track|slipped|not-achieved|closed|open> [note]` · record progress (clerks and chairs).',
  '`/scrutiny challenge [topic]` · draft challenge questions with their evidence.',
  '`/scrutiny brief [meeting id]` · the briefing pack as a PDF in this channel.',
  '`/scrutiny meeting add YYYY-MM-DD [title] [@chair]` · register a meeting (clerks and chairs); `/scrutiny meeting list`.',
  '`/scrutiny papers` · the latest papers for this channel.',
  '`/scrutiny link <committee> [--confidential]` · link this channel to a committee; `--confidential` lets it see that committee\'s confidential papers (clerks and chairs).',
  '*Load papers* · a clerk shares a PDF in a committee channel, or in a DM with `committee: <name>` in the message.',
];

/** What the bot can do, for `/scrutiny help`. */
export function helpMessage(): SlackMessage {
  return { text: 'Scrutiny assistant: what I can do', blocks: [header('Scrutiny assistant'), ...sections(LINES.join('\n'))] };
}
