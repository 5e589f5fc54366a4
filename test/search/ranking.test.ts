import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper, Scope } from '../../src/domain.ts';
import { analyzeQuery, openSearchIndex, type SqliteSearchIndex } from '../../src/search/index.ts';
import { openKvStore, PaperRepo } from '../../src/store/index.ts';
import { seedPapers } from './papers.ts';

const scope: Scope = { allowConfidential: false };
let index: SqliteSearchIndex;
let seeds: Map<string, Paper>;

beforeAll(async () => {
  const repo = new PaperRepo((await openKvStore('memory:')).kv);
  seeds = new Map(seedPapers().map((p) => [p.id, p]));
  for (const p of seeds.values()) await repo.put(p);
  index = openSearchIndex(':memory:');
  await index.sync(repo);
});
afterAll(() => index.close());

const search = (q: string, limit = 10) => index.search(q, { scope, limit });

describe('ranking on the seed papers', () => {
  it('ranks "2400 children in care" first for "How many children in care are there?"', () => {
    const [top] = search('How many children in care are there?');
    expect(top?.paperId).toBe('seed-000');
    expect(top?.text).toContain('2400 children in care');
    expect(top?.coverage).toBe(1);
    expect(top?.matched).toEqual(expect.arrayContaining(['c_lac', 'c_qty', 'q_c_lac']));
  });

  it('finds "children in care" when asked about looked after children', () => {
    const hits = search('looked after children');
    expect(hits.some((h) => /children in care/.test(h.text) && !/looked after/i.test(h.text))).toBe(true);
  });

  it('finds "agency worker" when asked about agency staff', () => {
    const hits = search('agency staff', 3);
    expect(hits.some((h) => h.text.includes('agency worker'))).toBe(true);
  });

  it('matches money whichever way it is written', () => {
    for (const q of ['£9.6 million growth', 'What is the £9.6M for?', '9.6m budget']) {
      const [top] = search(q);
      expect(top?.paperId, q).toBe('seed-001');
      expect(top?.text, q).toContain('£9.6m');
    }
  });

  it('matches a percentage written in words', () => {
    const [top] = search('agency workers 15 per cent');
    expect(top?.text).toContain('no more than 15% overall');
  });

  it('finds the MASH from its full name, and Ofsted with it', () => {
    const [top] = search('What did Ofsted say about the multi-agency safeguarding hub?');
    expect(top?.paperId).toBe('seed-004');
    expect(top?.text).toContain('(MASH)');
    expect(top?.text).toContain('Ofsted');
  });

  it('prefers a passage holding every concept of the question', () => {
    const hits = search('recruitment and retention of social workers');
    expect(hits[0]?.coverage).toBe(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
  });

  it('returns verbatim spans of the stored pages, with sentences inside them', () => {
    for (const hit of search('improvement plan for children’s social care', 10)) {
      const page = seeds.get(hit.paperId)!.pages.find((p) => p.number === hit.page)!;
      expect(page.text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(hit.passageId).toBe(`${hit.paperId}:${hit.page}:${hit.start}`);
      expect(hit.sentences[0]![0]).toBe(hit.start);
      expect(hit.sentences.at(-1)![1]).toBe(hit.end);
      expect(hit.coverage).toBeGreaterThan(0);
      expect(hit.coverage).toBeLessThanOrEqual(1);
      const queryTerms = analyzeQuery('improvement plan for children’s social care').map((t) => t.term);
      expect(hit.matched.every((t) => queryTerms.includes(t))).toBe(true);
    }
  });

  it('gives nothing for an empty, stop-word-only or unknown query', () => {
    expect(search('')).toEqual([]);
    expect(search('what is there?')).toEqual([]);
    expect(search('xylophone')).toEqual([]);
  });

  it('weights unknown terms highest and common terms lowest', () => {
    const idf = index.idf(['xylophone', 'child', 'c_mash']);
    expect(idf.get('xylophone')!).toBeGreaterThan(idf.get('c_mash')!);
    expect(idf.get('c_mash')!).toBeGreaterThan(idf.get('child')!);
  });
});
