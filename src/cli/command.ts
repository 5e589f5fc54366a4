import type { Deps } from '../deps.ts';
import type { FlagType, ParsedArgs } from './args.ts';

/** What a command gets: the deps, whether to print JSON, and where to write. */
export interface CommandContext {
  deps: Deps;
  json: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Who is acting (for marks and history): the OS user on the command line. */
  actor: string;
  /** A terminal to draw progress on (a load's progress bar); absent when output is not a terminal. */
  terminal?: NodeJS.WriteStream;
}

/** One command of the command line and the console: a thin router over a capability. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags?: Record<string, FlagType>;
  /** Returns the process exit code. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

/** Prints a value as JSON (the --json contract). */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}
