import type { Command } from '../cli/command.ts';
import type { FlagType } from '../cli/args.ts';
import type { Subcommand } from '../slack/commands/types.ts';
import { AppError } from '../errors.ts';

/**
 * The one registry of commands shared by the command line, the console and the `/scrutiny` Slack command.
 * An entry is plain data (name, summary, usage, flags) and loaders: a command's module, and with it its capability,
 * is imported only when the command runs, so `scrutiny help` imports nothing heavy.
 */

/** What `help` shows and what the argument parser needs: known without importing the command. */
export interface CommandInfo {
  name: string;
  summary: string;
  usage: string;
  flags?: Record<string, FlagType>;
}

/** One command: where it is offered (command line and console, Slack, or both) and how to load it there. */
export interface RegistryEntry extends CommandInfo {
  /** Imports the command line / console handler; absent when the command is only in Slack. */
  cli?: () => Promise<Command>;
  /** The `/scrutiny` subcommand: its help line and its handler, imported when called. */
  slack?: { help: string; load: () => Promise<Subcommand> };
}

/** Every command, in the order the command line's `help` lists them. */
export const registry: readonly RegistryEntry[] = [
  {
    name: 'ingest',
    summary: 'Load papers (PDF, web page, text) from files or folders',
    usage: 'ingest <file|folder>... [--committee NAME] [--date YYYY-MM-DD] [--confidential] [--allow-duplicate] [--json]',
    flags: { committee: 'string', date: 'string', confidential: 'boolean', 'allow-duplicate': 'boolean' },
    cli: async () => (await import('../cli/commands/ingest.ts')).ingestCommand,
  },
  {
    name: 'papers',
    summary: 'List the loaded papers',
    usage: 'papers [--json]',
    cli: async () => (await import('../cli/commands/papers.ts')).papersCommand,
    slack: { help: '`/scrutiny papers` · the latest papers for this channel.', load: async () => (await import('../slack/commands/simple.ts')).papersCommand },
  },
  {
    name: 'remove',
    summary: 'Remove a loaded paper',
    usage: 'remove <paper-id> [--json]',
    cli: async () => (await import('../cli/commands/remove.ts')).removeCommand,
  },
  {
    name: 'ask',
    summary: 'Answer a question from the papers with verbatim, cited quotes',
    usage: 'ask "<question>" [--committee NAME] [--confidential] [--json]',
    flags: { committee: 'string', confidential: 'boolean' },
    cli: async () => (await import('../cli/commands/ask.ts')).askCommand,
    slack: {
      help: '*Ask* · `@Scrutiny <question>` in a channel, a direct message, or `/scrutiny ask <question>`. Follow-ups in the thread are understood in context.',
      load: async () => (await import('../slack/commands/ask.ts')).askCommand,
    },
  },
  {
    name: 'actions',
    summary: 'List commitments made in the papers and whether they were reported back; mark their progress',
    usage:
      'actions [--as-of DATE] [--committee NAME] [--status reported|not-reported|overdue] [--confidential] [--json] [--format csv|xlsx --out FILE]\n       actions mark <id> <achieved|on-track|slipped|not-achieved|closed|open> [--note TEXT]',
    flags: { committee: 'string', status: 'string', note: 'string', confidential: 'boolean', format: 'string', out: 'string' },
    cli: async () => (await import('../cli/commands/actions.ts')).actionsCommand,
    slack: { help: '`/scrutiny actions` · the promise tracker: commitments, overdue first.', load: async () => (await import('../slack/commands/actions.ts')).actionsCommand },
  },
  {
    name: 'mark',
    summary: 'Record progress on a commitment (clerks and chairs)',
    usage: 'mark <id> <achieved|on-track|slipped|not-achieved|closed|open> [note]',
    slack: {
      help: '`/scrutiny mark <id> <achieved|on-track|slipped|not-achieved|closed|open> [note]` · record progress (clerks and chairs).',
      load: async () => (await import('../slack/commands/actions.ts')).markCommand,
    },
  },
  {
    name: 'challenge',
    summary: 'Draft open challenge questions from the papers, each with its quotes',
    usage: 'challenge [TOPIC] [--committee NAME] [--paper ID] [--json]',
    flags: { committee: 'string', paper: 'string' },
    cli: async () => (await import('../cli/commands/challenge.ts')).challengeCommand,
    slack: { help: '`/scrutiny challenge [topic]` · draft challenge questions with their evidence.', load: async () => (await import('../slack/commands/challenge.ts')).challengeCommand },
  },
  {
    name: 'meeting',
    summary: 'Register a committee meeting, list the meetings, or remove one',
    usage: 'meeting add --committee NAME --date YYYY-MM-DD [--title T] [--chair SLACK_USER_ID] [--papers ID...] | meeting list [--committee NAME] [--json] | meeting remove <id>',
    flags: { committee: 'string', date: 'string', title: 'string', chair: 'string', papers: 'list' },
    cli: async () => (await import('../cli/commands/meeting.ts')).meetingCommand,
    slack: {
      help: '`/scrutiny meeting add YYYY-MM-DD [title] [@chair]` · register a meeting (clerks and chairs); `/scrutiny meeting list`; `/scrutiny meeting remove <id>`.',
      load: async () => (await import('../slack/commands/meeting.ts')).meetingCommand,
    },
  },
  {
    name: 'brief',
    summary: 'Write a briefing pack (.pdf, .docx, .md or .html) with cited figures, commitments and questions',
    usage: 'brief [--committee NAME] [--meeting ID] [--topic T] [--as-of DATE] --out FILE',
    flags: { committee: 'string', meeting: 'string', topic: 'string', out: 'string' },
    cli: async () => (await import('../cli/commands/brief.ts')).briefCommand,
    slack: { help: '`/scrutiny brief [meeting id]` · the briefing pack as a PDF in this channel.', load: async () => (await import('../slack/commands/brief.ts')).briefCommand },
  },
  {
    name: 'link',
    summary: 'Link a Slack channel to a committee (clerks and chairs)',
    usage: 'link <committee> [--confidential]',
    slack: {
      help: "`/scrutiny link <committee> [--confidential]` · link this channel to a committee; `--confidential` lets it see that committee's confidential papers (clerks and chairs).",
      load: async () => (await import('../slack/commands/simple.ts')).linkCommand,
    },
  },
  {
    name: 'help',
    summary: 'This list',
    usage: 'help',
    slack: { help: '', load: async () => (await import('../slack/commands/simple.ts')).helpCommand },
  },
];

/** The order `/scrutiny help` lists the Slack commands in. */
const SLACK_HELP_ORDER = ['ask', 'actions', 'mark', 'challenge', 'brief', 'meeting', 'papers', 'link'];

/** The commands of the command line and the console, in `help` order. */
export function cliCommands(): RegistryEntry[] {
  return registry.filter((e) => e.cli);
}

/** A command of the command line and the console by name (not loaded). */
export function findCliCommand(name: string): (RegistryEntry & { cli: () => Promise<Command> }) | undefined {
  return registry.find((e): e is RegistryEntry & { cli: () => Promise<Command> } => e.name === name && e.cli !== undefined);
}

/** A `/scrutiny` subcommand by name (not loaded). */
export function findSlackCommand(name: string): (RegistryEntry & { slack: NonNullable<RegistryEntry['slack']> }) | undefined {
  return registry.find((e): e is RegistryEntry & { slack: NonNullable<RegistryEntry['slack']> } => e.name === name && e.slack !== undefined);
}

/** The `/scrutiny help` lines, one per Slack command. */
export function slackHelpLines(): string[] {
  return SLACK_HELP_ORDER.map((name) => findSlackCommand(name)?.slack.help).filter((line): line is string => Boolean(line));
}

/** A command's metadata, for its module to build on (throws on a name the registry does not hold: a programming error). */
export function commandInfo(name: string): CommandInfo {
  const entry = registry.find((e) => e.name === name);
  if (!entry) throw new AppError('INTERNAL', `no command "${name}" in the registry`);
  return { name: entry.name, summary: entry.summary, usage: entry.usage, flags: entry.flags };
}
