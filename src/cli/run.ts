import os from 'node:os';
import { cliCommands, findCliCommand } from '../commands/index.ts';
import type { Deps } from '../deps.ts';
import { AppError, toAppError } from '../errors.ts';
import { consoleLogger } from '../log.ts';
import { bool, GLOBAL_FLAGS, parseArgs, str } from './args.ts';
import type { CommandContext } from './command.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A terminal to draw progress on, when the output is one. */
  terminal?: NodeJS.WriteStream;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  terminal: process.stdout.isTTY ? process.stdout : undefined,
};

/** The whole command line: global options, then one command. Returns the exit code; never throws. */
export async function runCli(argv: string[], io: Io = processIo, env?: NodeJS.ProcessEnv): Promise<number> {
  let deps: Deps | undefined;
  try {
    const at = commandIndex(argv);
    const name = at < 0 ? undefined : argv[at];
    if (!name || name === 'help' || (argv.includes('--help') && !findCliCommand(name))) {
      io.out(helpText());
      return name || argv.includes('--help') ? 0 : 2;
    }
    const command = findCliCommand(name);
    if (!command) throw new AppError('BAD_INPUT', `Unknown command "${name}". ${commandList()}`);
    const rest = [...argv];
    rest.splice(at, 1);
    const args = parseArgs(rest, command.flags ?? {});
    if (bool(args, 'help')) {
      io.out(`usage: scrutiny ${command.usage}\n  ${command.summary}`);
      return 0;
    }
    // The configuration, the store and the command's capability are imported only now: `help` needs none of them.
    const [{ loadConfig }, { buildDeps }] = await Promise.all([import('../config.ts'), import('../deps.ts')]);
    const config = loadConfig(env, { dataDir: str(args, 'data'), storeUrl: str(args, 'store'), asOf: str(args, 'as-of') });
    deps = await buildDeps(config, { log: consoleLogger(true) });
    return await runWith(deps, command.name, args, io);
  } catch (err) {
    const e = toAppError(err);
    io.err(`error: ${e.message}`);
    return e.code === 'BAD_INPUT' || e.code === 'CONFIG' ? 2 : 1;
  } finally {
    await deps?.close();
  }
}

/** Runs one command with deps that are already open (the console reuses them between lines); loads its module on first use. */
export async function runWith(deps: Deps, name: string, args: ReturnType<typeof parseArgs>, io: Io): Promise<number> {
  const entry = findCliCommand(name);
  if (!entry) throw new AppError('BAD_INPUT', `Unknown command "${name}". ${commandList()}`);
  const command = await entry.cli();
  const ctx: CommandContext = { deps, json: bool(args, 'json'), out: io.out, err: io.err, actor: actorName(), terminal: io.terminal };
  return command.run(ctx, args);
}

/** The list of commands with their usage lines. */
export function helpText(): string {
  const lines = cliCommands().map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
  return [
    'usage: scrutiny [--data DIR] [--store URL] [--as-of YYYY-MM-DD] [--json] <command> ...',
    '',
    'commands:',
    ...lines,
    '  help'.padEnd(72) + ' This list',
  ].join('\n');
}

/** Where the command stands: the first word that is neither a global option nor a global option's value. */
function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) return i;
    if (!a.includes('=') && GLOBAL_FLAGS[a.slice(2)] === 'string') i++;
  }
  return -1;
}

function commandList(): string {
  return `Commands: ${cliCommands().map((c) => c.name).join(', ')}, help.`;
}

function actorName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
