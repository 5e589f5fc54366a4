import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScrutiny } from '../support/cli.ts';
import { tempDir } from '../support/stores.ts';

describe('every value checked: refused by name, non-zero exit, store unchanged', () => {
  let data: string;
  let out: string;
  const cli = (...args: string[]) => runScrutiny(['--data', data, ...args]);
  const papers = () => cli('papers', '--json').stdout;
  let before: string;

  beforeAll(() => {
    data = tempDir();
    out = tempDir();
    expect(cli('ingest', 'seeds', '--committee', 'seeds').code).toBe(0);
    before = papers();
  });

  it.each([
    ['an impossible --date on ingest', ['ingest', 'test/eval/questions.jsonl', '--date', '2009-13-40'], /"2009-13-40"/],
    ['an impossible --as-of', ['--as-of', '2026-02-30', 'actions'], /--as-of.*"2026-02-30"/],
    ['an impossible meeting date', ['meeting', 'add', '--committee', 'seeds', '--date', '2025-02-31'], /"2025-02-31"/],
    ['an unknown committee for ask', ['ask', 'How many children are in care?', '--committee', 'nosuch'], /--committee "nosuch".*the committees are: seeds/],
    ['an unknown committee for actions', ['actions', '--committee', 'nosuch'], /--committee "nosuch".*the committees are: seeds/],
    ['an unknown committee for challenge', ['challenge', '--committee', 'nosuch'], /--committee "nosuch".*the committees are: seeds/],
    ['an unknown paper for challenge', ['challenge', '--paper', 'nosuch'], /--paper "nosuch".*the papers are: .*000-8329802debfad264/],
    ['an unknown committee for brief', ['brief', '--committee', 'nosuch', '--out', 'pack.md'], /--committee "nosuch".*the committees are: seeds/],
    ['an unknown meeting for brief', ['brief', '--meeting', 'nosuch', '--out', 'pack.md'], /--meeting "nosuch".*none is registered/],
    ['an unknown meeting to remove', ['meeting', 'remove', 'nosuch-2025-01-01'], /No meeting "nosuch-2025-01-01"/],
  ])('refuses %s', (_what, args, message) => {
    const r = cli(...args.map((a) => (a === 'pack.md' ? path.join(out, a) : a)));
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(papers()).toBe(before);
  });

  it('adds and removes a meeting, and a committee is matched whatever its case', () => {
    expect(cli('meeting', 'add', '--committee', 'seeds', '--date', '2025-02-28').code).toBe(0);
    const removed = cli('meeting', 'remove', 'seeds-2025-02-28');
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/Removed seeds-2025-02-28/);
    expect(JSON.parse(cli('meeting', 'list', '--json').stdout)).toEqual([]);
    expect(cli('actions', '--committee', 'SEEDS', '--json').code).toBe(0);
  });
});
