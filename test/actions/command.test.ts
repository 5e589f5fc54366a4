import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsCommand } from '../../src/cli/commands/actions.ts';
import { parseArgs } from '../../src/cli/args.ts';
import type { CommandContext } from '../../src/cli/command.ts';
import type { Deps } from '../../src/deps.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { tempDeps, SEEDS } from '../support/deps.ts';

describe('the actions command', () => {
  let deps: Deps;
  const run = async (argv: string[], json = false) => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CommandContext = { deps, json, out: (t) => out.push(t), err: (t) => err.push(t), actor: 'clerk.test' };
    const code = await actionsCommand.run(ctx, parseArgs(argv, actionsCommand.flags ?? {}));
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    deps = await tempDeps({ env: { SCRUTINY_AS_OF: '2026-11-22' } });
    await ingestPaths(deps, [SEEDS], { committee: 'seeds' });
  });
  afterAll(() => deps.close());

  it('prints the JSON contract, overdue first, filtered by status', async () => {
    const r = await run(['--status', 'overdue'], true);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(items.map((i) => (i.due as { date: string }).date)).toEqual(expect.arrayContaining(['2010-02-28', '2017-03-31', '2017-06-03']));
    for (const i of items) expect(i).toMatchObject({ overdue: true, reportBack: 'not-reported', progress: 'open', evidence: [] });
    expect(Object.keys(items[0]!)).toEqual(expect.arrayContaining(['id', 'text', 'paper', 'page', 'madeOn', 'owner', 'due', 'target', 'reportBack', 'evidence', 'overdue', 'progress', 'note']));
  });

  it('prints a tab-separated table a clerk can paste, with the overdue rows on top', async () => {
    const r = await run(['--committee', 'seeds']);
    const rows = r.out.split('\n');
    expect(rows[0]!.split('\t')).toEqual(['Status', 'RAG', 'Kind', 'Due', 'Owner', 'Commitment', 'Paper', 'File', 'Page', 'Made on', 'Evidence', 'Clerk', 'Id']);
    expect(rows[1]!.startsWith('OVERDUE\t')).toBe(true);
    expect(r.out).toContain('Jan/Feb 2010');
  });

  it('marks an action with a note and says who marked it; refuses unknown ids and progress words', async () => {
    const items = JSON.parse((await run([], true)).out) as Array<{ id: string; text: string }>;
    const audit = items.find((i) => i.text.includes('Jan/Feb 2010'))!;
    const marked = await run(['mark', audit.id, 'not-achieved', '--note', 'no audit report found'], true);
    expect(marked.code).toBe(0);
    expect(JSON.parse(marked.out)).toMatchObject({ id: audit.id, progress: 'not-achieved', note: 'no audit report found', history: [{ by: 'clerk.test' }] });
    expect((await run(['mark', 'ffffffffffffffff', 'closed'])).code).toBe(1);
    await expect(run(['mark', audit.id, 'finished'])).rejects.toThrow(/Progress must be one of/);
    expect((await run(['--status', 'late'])).code).toBe(2);
  });
});
