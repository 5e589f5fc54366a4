import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Deps } from '../deps.ts';
import { toAppError } from '../errors.ts';
import { parseArgs, splitLine } from './args.ts';
import { findCliCommand } from '../commands/index.ts';
import { helpText, runWith, type Io } from './run.ts';

export interface ConsoleStreams {
  input: Readable;
  output: Writable;
}

const GREETING = `Scrutiny assistant: ask a question about the papers, or type a command.
  Example: How many children in care are there?
  Type "help" for the commands (papers, ingest, actions, challenge, brief ...), "quit" to leave.`;

/** The interactive console: a line that starts with a command name runs it; any other line is a question. */
export async function runConsole(deps: Deps, streams: ConsoleStreams, banner = GREETING): Promise<void> {
  const io: Io = { out: (t) => streams.output.write(`${t}\n`), err: (t) => streams.output.write(`${t}\n`) };
  const interactive = 'isTTY' in streams.input && Boolean((streams.input as { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input: streams.input, output: streams.output, terminal: interactive });
  io.out(banner);
  const prompt = () => interactive && rl.prompt();
  rl.setPrompt('\nscrutiny> ');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'quit' || line === 'exit') break;
    if (line) {
      if (!interactive) io.out(`\n> ${line}`);
      await runLine(deps, line, io);
    }
    prompt();
  }
  rl.close();
}

/** Runs one console line and reports any failure in words; never throws. */
export async function runLine(deps: Deps, line: string, io: Io): Promise<void> {
  try {
    const words = splitLine(line);
    const first = words[0] ?? '';
    if (first === 'help') return io.out(helpText());
    const isCommand = findCliCommand(first) !== undefined && (first !== 'ask' || words.length > 1);
    const name = isCommand ? first : 'ask';
    const rest = isCommand ? words.slice(1) : [line.replace(/^ask\s+/i, '')];
    const entry = findCliCommand(name)!;
    await runWith(deps, name, parseArgs(rest, entry.flags ?? {}), io);
  } catch (err) {
    io.err(`Sorry, that did not work: ${toAppError(err).message}`);
  }
}
