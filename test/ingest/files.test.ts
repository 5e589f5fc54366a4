import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScrutiny } from '../support/cli.ts';
import { tempDir } from '../support/stores.ts';

const SEEDS = path.resolve('seeds');
const seed = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix))!);

describe('files in a folder, as a careless user leaves them', () => {
  let folder: string;
  let data: string;
  let out: string;
  let code: number;

  beforeAll(() => {
    const root = tempDir();
    folder = path.join(root, 'panel');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.copyFileSync(seed('000_'), path.join(root, 'outside.txt'));
    fs.symlinkSync(path.join(root, 'outside.txt'), path.join(folder, 'linked.txt'));
    fs.symlinkSync(folder, path.join(folder, 'sub', 'loop'));
    fs.symlinkSync(path.join(root, 'nothing-here.pdf'), path.join(folder, 'dangling.pdf'));
    fs.symlinkSync(path.join(folder, 'pair-b.pdf'), path.join(folder, 'pair-a.pdf'));
    fs.symlinkSync(path.join(folder, 'pair-a.pdf'), path.join(folder, 'pair-b.pdf'));
    fs.copyFileSync(seed('001_'), path.join(folder, 'two\nlines.txt'));
    const latin1 = Buffer.concat([
      Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' report: the council'), Buffer.from([0x92]),
      Buffer.from('s plan for children in care, set out for the panel in some detail.\n\nWe will report back to the panel in March 2026 on progress with the plan.\n'),
    ]);
    fs.writeFileSync(path.join(folder, 'latin1.txt'), latin1);
    fs.copyFileSync(seed('002_'), path.join(folder, 'review.txt'));
    fs.writeFileSync(path.join(folder, 'the-same-review.txt'), Buffer.concat([fs.readFileSync(seed('002_')), Buffer.from('\n \n')]));
    data = tempDir();
    const r = runScrutiny(['--data', data, 'ingest', folder]);
    out = r.stdout + r.stderr;
    code = r.code;
  });

  const papers = () => JSON.parse(runScrutiny(['--data', data, 'papers', '--json']).stdout) as Array<{ file: string; title: string }>;

  it('follows a symbolic link to a file, and names a loop, two links to each other and a dangling link with the reason', () => {
    expect(papers().map((p) => p.file)).toContain('linked.txt');
    expect(out).toMatch(/^failed +loop: a symbolic link back into a folder already being read \(a loop\): skipped$/m);
    expect(out).toMatch(/^failed +dangling\.pdf: a symbolic link to nothing .*skipped$/m);
    expect(out).toMatch(/^failed +pair-a\.pdf: a symbolic link in a chain of links that leads back to itself \(a loop, via .*pair-b\.pdf\): skipped$/m);
    expect(code).toBe(1);
  });

  it('prints a file name with a newline on one line', () => {
    const line = out.split('\n').find((l) => l.includes('two\\nlines.txt'));
    expect(line).toMatch(/^added +two\\nlines\.txt -> /);
    expect(papers().map((p) => p.file)).toContain('two\nlines.txt');
  });

  it('decodes Windows-1252 / Latin-1 text', () => {
    expect(papers().find((p) => p.file === 'latin1.txt')?.title).toContain('Café report: the council’s plan');
  });

  it('reports a copy of a paper held (other name, bytes changed) as the same paper, not loaded twice unless asked', () => {
    // Whichever of the two is loaded first is kept; the other is named as the same paper.
    const files = papers().map((p) => p.file);
    const kept = files.includes('review.txt') ? 'review.txt' : 'the-same-review.txt';
    const skipped = kept === 'review.txt' ? 'the-same-review.txt' : 'review.txt';
    expect(files).toContain(kept);
    expect(files).not.toContain(skipped);
    expect(out).toMatch(new RegExp(`^unchanged +${skipped.replace('.', '\\.')} -> .*same text as ${kept.replace('.', '\\.')}`, 'm'));
    const again = runScrutiny(['--data', data, 'ingest', path.join(folder, skipped), '--allow-duplicate']);
    expect(again.code, again.stderr).toBe(0);
    expect(papers().map((p) => p.file)).toContain(skipped);
  });
});
