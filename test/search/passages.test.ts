import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/index.ts';
import type { Page, Paper } from '../../src/domain.ts';
import { passagesOf } from '../../src/search/index.ts';
import { MAX_TABLE_LINES } from '../../src/search/passages.ts';
import { makePaper, page, seedPapers } from './papers.ts';

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function checkPassages(paper: Paper) {
  const passages = passagesOf(paper);
  const byPage = new Map(paper.pages.map((p) => [p.number, p]));
  let last = { page: 0, end: -1 };
  for (const p of passages) {
    const pg = byPage.get(p.page)!;
    expect(pg, `page ${p.page}`).toBeDefined();
    expect(pg.text.slice(p.start, p.end)).toBe(p.text);
    expect(p.end).toBeLessThanOrEqual(pg.text.length);
    expect(p.id).toBe(`${paper.id}:${p.page}:${p.start}`);
    expect(p.pageLabel).toBe(pg.label);
    expect(p.sentences.length).toBeGreaterThanOrEqual(1);
    expect(p.sentences.length).toBeLessThanOrEqual(MAX_TABLE_LINES);
    expect(p.sentences[0]![0]).toBe(p.start);
    expect(p.sentences.at(-1)![1]).toBe(p.end);
    if (p.sentences.length > 1) expect(wordCount(p.text)).toBeLessThanOrEqual(80);
    if (p.page === last.page) expect(p.start).toBeGreaterThanOrEqual(last.end);
    else expect(p.page).toBeGreaterThan(last.page);
    last = { page: p.page, end: p.end };
  }
  return passages;
}

describe('passagesOf', () => {
  it('cuts the seed papers into verbatim, non-overlapping windows of whole sentences', () => {
    for (const paper of seedPapers()) {
      const passages = checkPassages(paper);
      expect(passages.length).toBeGreaterThan(5);
      const sentences = paper.pages[0]!.sentences;
      const covered = passages.flatMap((p) => p.sentences);
      for (const s of sentences) {
        if (paper.pages[0]!.text.slice(s.start, s.end).trim()) expect(covered.some(([a, b]) => a <= s.start && b >= s.end - 1)).toBe(true);
      }
    }
  });

  it('never crosses a page', () => {
    const paper = makePaper('two-pages', [
      page(1, 'The first page ends here. It has two sentences.', 'i'),
      page(2, 'The second page starts here. Another sentence follows.', 'ii'),
    ]);
    const passages = checkPassages(paper);
    expect(passages.map((p) => [p.page, p.text])).toEqual([
      [1, 'The first page ends here. It has two sentences.'],
      [2, 'The second page starts here. Another sentence follows.'],
    ]);
    expect(passages.map((p) => p.pageLabel)).toEqual(['i', 'ii']);
  });

  it('never crosses a change of role', () => {
    const text = 'The council will act. It says so. Comment: I do not believe it. Nor do I.';
    const pg: Page = {
      number: 1,
      label: null,
      text,
      sentences: [
        { start: 0, end: 21, role: 'body' },
        { start: 22, end: 33, role: 'body' },
        { start: 34, end: 63, role: 'comment' },
        { start: 64, end: 74, role: 'comment' },
      ],
    };
    const passages = checkPassages(makePaper('roles', [pg]));
    expect(passages.map((p) => [p.role, p.text])).toEqual([
      ['body', 'The council will act. It says so.'],
      ['comment', 'Comment: I do not believe it. Nor do I.'],
    ]);
  });

  it('keeps at most three sentences and about 80 words per passage', () => {
    const sentence = (n: number) => `Sentence ${n} has exactly six words.`;
    const text = Array.from({ length: 7 }, (_, i) => sentence(i)).join(' ');
    const passages = checkPassages(makePaper('short-sentences', [text]));
    expect(passages.map((p) => p.sentences.length)).toEqual([3, 3, 1]);
    const long = Array.from({ length: 4 }, (_, i) => `${'word '.repeat(30)}end ${i}.`).join(' ');
    const longPassages = checkPassages(makePaper('long-sentences', [long]));
    expect(longPassages.every((p) => wordCount(p.text) <= 80)).toBe(true);
    expect(longPassages).toHaveLength(2);
  });

  it('cuts a very long sentence into pieces at word boundaries', () => {
    const text = `${Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ')}.`;
    const passages = checkPassages(makePaper('run-on', [text]));
    expect(passages.length).toBeGreaterThanOrEqual(5);
    expect(passages.every((p) => wordCount(p.text) <= 100)).toBe(true);
    expect(passages.map((p) => p.text).join(' ')).toBe(text);
  });

  it('takes a page with text but no sentences as one sentence, and skips empty pages', () => {
    const paper = makePaper('no-sentences', [
      { number: 1, label: null, text: '  Title page of the pack  ', sentences: [] },
      { number: 2, label: null, text: '', sentences: [] },
    ]);
    expect(checkPassages(paper).map((p) => [p.page, p.text])).toEqual([[1, 'Title page of the pack']]);
  });

  it('keeps a table row label with the value on the next line, as in an inspection report\'s grade table', async () => {
    const file = '../shared/ofsted/haringey/haringey-2023-04-11.pdf';
    const paper = await loadDocument({ file: 'haringey-2023-04-11.pdf', bytes: fs.readFileSync(file) }, { committee: 'x', now: new Date('2026-01-01') });
    const passages = checkPassages(paper);
    const fold = (t: string) => t.replace(/\s+/g, ' ');
    for (const row of ['children in care Requires improvement to be good', 'progress of care leavers Good']) {
      expect(passages.some((p) => fold(p.text).includes(row)), row).toBe(true);
    }
  });
});
