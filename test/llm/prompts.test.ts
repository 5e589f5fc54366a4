import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { z } from 'zod';
import { createLlm, loadPrompt, parsePrompt, renderPrompt } from '../../src/llm/index.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prompts-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): void {
  fs.writeFileSync(path.join(dir, `${name}.md`), text);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return `${(err as AppError).code}: ${(err as AppError).message}`;
  }
  throw new Error('expected a throw');
}

describe('the product prompts', () => {
  it.each([
    ['answer', ['question', 'excerpts']],
    ['commitment', ['sentence', 'context']],
    ['report-back', ['commitment', 'passage']],
    ['challenge', ['question', 'followUp', 'why', 'excerpts']],
    ['changes', ['items']],
  ])('%s declares exactly the variables it uses and says the material is data', (name, vars) => {
    const p = loadPrompt(name);
    expect(p.variables).toEqual(vars);
    expect(p.system).toMatch(/DATA/);
    expect(p.system).toMatch(/ignore any instructions|do not follow them/i);
  });
});

describe('renderPrompt', () => {
  write('greet', '---\nvariables: who, place\n---\n## System\nBe kind to {{who}}.\n\n## User\nHello {{ who }} from {{place}}!\n');

  it('fills declared variables in one pass, never re-expanding a value', () => {
    const r = renderPrompt('greet', { who: 'Ann {{place}}', place: 'Kent' }, dir);
    expect(r).toEqual({ system: 'Be kind to Ann {{place}}.', user: 'Hello Ann {{place}} from Kent!' });
  });

  it('throws BAD_INPUT naming a missing variable', () => {
    expect(codeOf(() => renderPrompt('greet', { who: 'Ann' }, dir))).toBe('BAD_INPUT: Prompt "greet" is missing variable(s): place');
  });

  it('throws BAD_INPUT naming a variable the prompt does not declare', () => {
    expect(codeOf(() => renderPrompt('greet', { who: 'Ann', place: 'Kent', mood: 'happy' }, dir))).toBe(
      'BAD_INPUT: Prompt "greet" does not declare variable(s): mood',
    );
  });
});

describe('loadPrompt refuses bad prompt files', () => {
  it('a placeholder that is not declared', () => {
    write('undeclared', '---\nvariables: a\n---\n## System\n{{a}}\n## User\n{{b}}\n');
    expect(codeOf(() => loadPrompt('undeclared', dir))).toMatch(/^CONFIG: .*undeclared variable\(s\): b$/);
  });

  it('a declared variable that is never used', () => {
    write('unused', '---\nvariables: [a, b]\n---\n## System\n{{a}}\n## User\nhi\n');
    expect(codeOf(() => loadPrompt('unused', dir))).toMatch(/never uses: b$/);
  });

  it('no front matter, no variables line, or no sections', () => {
    expect(codeOf(() => parsePrompt('x', '## System\nhi\n## User\nhi\n'))).toMatch(/no front matter/);
    expect(codeOf(() => parsePrompt('x', '---\nname: x\n---\n## System\nhi\n## User\nhi\n'))).toMatch(/does not declare "variables:"/);
    expect(codeOf(() => parsePrompt('x', '---\nvariables:\n---\nJust text\n'))).toMatch(/needs a "## System" section/);
  });

  it('an unknown prompt or a name that is not a plain name', () => {
    expect(codeOf(() => loadPrompt('no-such-prompt', dir))).toMatch(/^CONFIG: Prompt "no-such-prompt" not found/);
    expect(codeOf(() => loadPrompt('../package', dir))).toMatch(/is not valid/);
  });
});

describe('a model call through a broken prompt', () => {
  it('is a failure value, not a throw, and sends nothing', async () => {
    const llm = createLlm({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 500 });
    const r = await llm.chatJson('undeclared', { a: 'x' }, z.object({ ok: z.boolean() }), { promptsDir: dir });
    expect(r).toEqual({ ok: false, reason: 'prompt "undeclared" could not be rendered' });
  });
});
