import type { RespondFn } from '@slack/bolt';
import type { SlashCommand } from '../payloads.ts';
import type { SlackClient, SlackContext } from '../types.ts';

/** What a subcommand gets: the bot's context, the Web API client, the command, its arguments and respond(). */
export interface CommandRun {
  ctx: SlackContext;
  client: SlackClient;
  cmd: SlashCommand;
  /** The text after the subcommand's name. */
  args: string;
  respond: RespondFn;
}

export type Subcommand = (run: CommandRun) => Promise<void>;
