import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import type { Command, CommandContext } from '../../src/cli/command.ts';
import { briefCommand } from '../../src/cli/commands/brief.ts';
import { challengeCommand } from '../../src/cli/commands/challenge.ts';
import { meetingCommand } from '../../src/cli/commands/meeting.ts';
import type { Deps } from '../../src/deps.ts';
import { tempDir } from '../support/stores.ts';
import { AS_OF, isOpen, loadCorpus } from '../challenge/corpus.ts';

let deps: Deps;
beforeAll(async () => {
  deps = await loadCorpus(false, { SCRUTINY_AS_OF: AS_OF });
});
afterAll(async () => deps.close());

async function run(command: Command, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const args = parseArgs(argv, command.flags ?? {});
  const ctx: CommandContext = { deps, json: args.flags.json === true, out: (t) => out.push(t), err: (t) => err.push(t), actor: 'clerk' };
  const code = await command.run(ctx, args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('challenge command', () => {
  it('prints the questions as a JSON array of { id, question, followUp, why, kind, citations }', async () => {
    const r = await run(challengeCommand, ['--committee', 'seeds', '--json']);
    expect(r.code).toBe(0);
    const questions = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const q of questions) {
      expect(Object.keys(q).sort()).toEqual(['citations', 'followUp', 'id', 'kind', 'question', 'why']);
      expect(isOpen(q.question as string)).toBe(true);
    }
  });

  it('prints numbered questions with their quotes for people', async () => {
    const r = await run(challengeCommand, ['agency', 'workers']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. (How|What|Why|Which|To what extent)/);
    expect(r.out).toContain('no more than 15% overall');
  });
});

describe('brief command', () => {
  it('writes the pack in the format of the file name and prints the path and a summary', async () => {
    const dir = tempDir();
    for (const ext of ['md', 'html', 'pdf']) {
      const file = path.join(dir, `pack.${ext}`);
      const r = await run(briefCommand, ['--committee', 'seeds', '--out', file]);
      expect(r.code).toBe(0);
      expect(r.out.split('\n')[0]).toBe(file);
      expect(r.out.split('\n')[1]).toMatch(/\d+ papers, \d+ changes, \d+ figures, \d+ commitments, \d+ questions/);
      expect(fs.statSync(file).size).toBeGreaterThan(2000);
    }
    expect(fs.readFileSync(path.join(dir, 'pack.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const json = await run(briefCommand, ['--out', path.join(dir, 'p.md'), '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ file: path.join(dir, 'p.md'), papers: 5 });
  });

  it('refuses a file name it cannot tell the format of', async () => {
    await expect(run(briefCommand, ['--out', path.join(tempDir(), 'pack.odt')])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(run(briefCommand, [])).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('meeting command', () => {
  it('adds a meeting with a list of papers and lists it as JSON', async () => {
    const ids = (await deps.papers.list()).slice(0, 2).map((p) => p.id);
    const added = await run(meetingCommand, ['add', '--committee', 'seeds', '--date', '2026-12-03', '--chair', 'U0CHAIR01', '--papers', ...ids]);
    expect(added.code).toBe(0);
    expect(added.out).toContain('seeds-2026-12-03');
    const listed = JSON.parse((await run(meetingCommand, ['list', '--json'])).out);
    expect(listed).toEqual([expect.objectContaining({ id: 'seeds-2026-12-03', chair: 'U0CHAIR01', papers: ids })]);
    await expect(run(meetingCommand, ['add', '--committee', 'seeds', '--date', 'tomorrow'])).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(run(meetingCommand, ['remove'])).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
