import { slackHelpLines } from '../../commands/index.ts';
import { sections, header, type SlackMessage } from './text.ts';

/** How a clerk loads papers: not a subcommand, so not in the registry. */
const LOAD_LINE = '*Load papers* · a clerk shares a PDF in a committee channel, or in a DM with `committee: <name>` in the message.';

/** What the bot can do, for `/scrutiny help`. */
export function helpMessage(): SlackMessage {
  return { text: 'Scrutiny assistant: what I can do', blocks: [header('Scrutiny assistant'), ...sections([...slackHelpLines(), LOAD_LINE].join('\n'))] };
}
