import { describe, expect, it } from 'vitest';
import { parseArgs, splitLine } from '../../src/cli/args.ts';

describe('parseArgs', () => {
  it('reads strings, booleans, lists and positionals against declared flags', () => {
    const a = parseArgs(['add', '--committee', 'cpp', '--papers', 'a', 'b', '--json', '--date=2025-01-01'], { committee: 'string', papers: 'list', date: 'string' });
    expect(a.positionals).toEqual(['add']);
    expect(a.flags).toEqual({ committee: 'cpp', papers: ['a', 'b'], json: true, date: '2025-01-01' });
  });

  it('refuses an unknown option and a missing value by name', () => {
    expect(() => parseArgs(['--colour', 'red'], {})).toThrow(/Unknown option --colour/);
    expect(() => parseArgs(['--data'], {})).toThrow(/--data needs a value/);
  });

  it('splits a console line honouring quotes', () => {
    expect(splitLine(`ask "how many children?" --json`)).toEqual(['ask', 'how many children?', '--json']);
  });
});
