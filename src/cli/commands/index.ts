import type { Command } from '../command.ts';
import { actionsCommand } from './actions.ts';
import { askCommand } from './ask.ts';
import { briefCommand } from './brief.ts';
import { challengeCommand } from './challenge.ts';
import { meetingCommand } from './meeting.ts';
import { ingestCommand } from './ingest.ts';
import { papersCommand } from './papers.ts';
import { removeCommand } from './remove.ts';

/** Every command of the command line and the console, in the order `help` lists them. */
export const commands: Command[] = [
  ingestCommand,
  papersCommand,
  removeCommand,
  askCommand,
  actionsCommand,
  challengeCommand,
  meetingCommand,
  briefCommand,
];

/** Finds a command by name. */
export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
