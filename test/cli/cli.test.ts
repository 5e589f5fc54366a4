import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScrutiny } from '../support/cli.ts';
import { tempDir } from '../support/stores.ts';

const BAD = path.resolve('../shared/corpus/bad/ofsted-2012-not-a-pdf.pdf');
const CPP = path.resolve('../shared/corpus/kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf');

describe('the command line contract', () => {
  let data: string;
  const cli = (...args: string[]) => runScrutiny(['--data', data, ...args]);

  beforeAll(() => {
    data = tempDir();
    const r = cli('ingest', 'seeds', '--committee', 'seeds');
    expect(r.code, r.stderr).toBe(0);
  });

  it('lists papers as JSON with the documented fields', () => {
    const r = cli('papers', '--json');
    expect(r.code, r.stderr).toBe(0);
    const papers = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(papers).toHaveLength(5);
    for (const p of papers) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'title', 'file', 'date', 'pages', 'committee', 'kind']));
      expect(p.committee).toBe('seeds');
    }
    expect(papers.map((p) => p.file).sort()).toContain('004_29d27da8ec13e91a.txt');
  });

  it('answers with the documented JSON shape', () => {
    const r = cli('ask', 'How many children in care are there?', '--json');
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ question: 'How many children in care are there?', answered: true });
    expect(a.citations[0]).toMatchObject({ paper: { file: '000_8329802debfad264.txt' }, page: null, pageLabel: null });
    expect(Object.keys(a.citations[0].paper).sort()).toEqual(['date', 'file', 'id', 'title']);
    expect(a.citations[0].quote).toContain('2400 children in care');
  });

  it('loading the same files again changes nothing', () => {
    const before = cli('papers', '--json').stdout;
    const r = cli('ingest', 'seeds', '--committee', 'seeds', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ status: string }>).every((o) => o.status === 'unchanged')).toBe(true);
    expect(cli('papers', '--json').stdout).toBe(before);
  });

  it('refuses a bad file by name, exits non-zero, and keeps the store as it was', () => {
    const before = cli('papers', '--json').stdout;
    const r = cli('ingest', BAD);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/ofsted-2012-not-a-pdf\.pdf.*not a PDF/i);
    expect(cli('papers', '--json').stdout).toBe(before);
  });

  it('loads a PDF with physical pages, then removes it', () => {
    const r = cli('ingest', CPP, '--json');
    expect(r.code, r.stderr).toBe(0);
    const [o] = JSON.parse(r.stdout);
    expect(o.paper.pages).toBe(9);
    expect(o.paper.date).toBe('2024-10-29');
    expect(cli('remove', o.paper.id).code).toBe(0);
    expect(cli('papers', '--json').stdout).not.toContain(o.paper.id);
    expect(cli('remove', o.paper.id).code).not.toBe(0);
  });

  it('says what is wrong with a bad option', () => {
    const r = cli('--as-of', '22/11/2026', 'papers');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of must be YYYY-MM-DD/);
    expect(cli('frobnicate').stderr).toMatch(/Unknown command "frobnicate"/);
  });
});

describe('npm start without Slack: the console on the seeds', () => {
  it('loads the seeds into an empty store and answers a typed question with the quote and its paper', () => {
    const data = tempDir();
    const r = spawnSync(process.execPath, ['dist/main.js'], {
      encoding: 'utf8',
      input: 'How many children in care are there?\nquit\n',
      env: { ...process.env, SCRUTINY_DATA: data, SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', OPENAI_API_KEY: '' },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Loading the seed papers/);
    expect(r.stdout).toMatch(/SLACK_BOT_TOKEN/);
    expect(r.stdout).toContain('2400 children in care');
    expect(r.stdout).toContain('We are sorting out Children');
  });
});
