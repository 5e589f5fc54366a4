import os from 'node:os';
import { loadConfig } from '../config.ts';
import { buildDeps, type Deps } from '../deps.ts';
import { AppError, toAppError } from '../errors.ts';
import { consoleLogger } from '../log.ts';
import { bool, GLOBAL_FLAGS, parseArgs, str } from './args.ts';
import type { CommandContext } from './command.ts';
import { commands, findCommand } from './commands/index.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

/** The whole command line: global options, then one command. Returns the exit code; never throws. */
export async function runCli(argv: string[], io: Io = processIo, env?: NodeJS.ProcessEnv): Promise<number> {
  let deps: Deps | undefined;
  try {
    const at = commandIndex(argv);
    const name = at < 0 ? undefined : argv[at];
    if (!name || name === 'help' || (argv.includes('--help') && !findCommand(name))) {
      io.out(helpText());
      return name || argv.includes('--help') ? 0 : 2;
    }
    const command = findCommand(name);
    if (!command) throw new AppError('BAD_INPUT', `Unknown command "${name}". ${commandList()}`);
    const rest = [...argv];
    rest.splice(at, 1);
    const args = parseArgs(rest, command.flags ?? {});
    if (bool(args, 'help')) {
      io.out(`usage: scrutiny ${command.usage}\n  ${command.summary}`);
      return 0;
    }
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

/** Runs one command with deps that are already open (the console reuses them between lines). */
export async function runWith(deps: Deps, name: string, args: ReturnType<typeof parseArgs>, io: Io): Promise<number> {
  const command = findCommand(name);
  if (!command) throw new AppError('BAD_INPUT', `Unknown command "${name}". ${commandList()}`);
  const ctx: CommandContext = { deps, json: bool(args, 'json'), out: io.out, err: io.err, actor: actorName() };
  return command.run(ctx, args);
}

/** The list of commands with their usage lines. */
export function helpText(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(70)} ${c.summary}`);
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
  return `Commands: ${commands.map((c) => c.name).join(', ')}, help.`;
}

function actorName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
