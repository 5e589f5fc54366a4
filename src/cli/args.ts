import { AppError } from '../errors.ts';

export type FlagType = 'string' | 'boolean' | 'list';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean | string[]>;
}

/** Global options every command accepts. */
export const GLOBAL_FLAGS: Record<string, FlagType> = {
  data: 'string',
  store: 'string',
  'as-of': 'string',
  json: 'boolean',
  help: 'boolean',
};

/** Parses `--name value`, `--name=value`, boolean `--flag` and list `--name a b c` against declared flag types. */
export function parseArgs(argv: string[], declared: Record<string, FlagType>): ParsedArgs {
  const types = { ...GLOBAL_FLAGS, ...declared };
  const out: ParsedArgs = { positionals: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      out.positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const type = types[rawName];
    if (!type) throw new AppError('BAD_INPUT', `Unknown option --${rawName}`);
    if (type === 'boolean') {
      out.flags[rawName] = inline === undefined ? true : inline !== 'false';
    } else if (type === 'string') {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new AppError('BAD_INPUT', `Option --${rawName} needs a value`);
      out.flags[rawName] = value;
    } else {
      const values: string[] = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values.push(argv[++i]!);
      out.flags[rawName] = [...((out.flags[rawName] as string[] | undefined) ?? []), ...values];
    }
  }
  return out;
}

/** A string flag's value, or undefined. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** A boolean flag's value. */
export function bool(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}

/** A list flag's values. */
export function list(args: ParsedArgs, name: string): string[] {
  const v = args.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** Splits a console line into words, honouring "double" and 'single' quotes. */
export function splitLine(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}
