import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusOf } from '../../src/answer/focus.ts';
import type { Deps } from '../../src/deps.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { analyzeText } from '../../src/search/index.ts';
import { OFSTED, tempDeps } from '../support/deps.ts';

/** Other authorities' reports: every one gives the inspectorate's address, which names the city asked about below. */
const OTHERS = ['barking-and-dagenham', 'barnet', 'barnsley', 'bedford', 'bexley', 'blackburn-with-darwen', 'blackpool', 'bracknell-forest', 'bradford', 'brent'];
const CITY = 'manchester';

describe('which papers a question names', () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps();
    await ingestPaths(deps, [path.join(OFSTED, CITY), ...OTHERS.map((a) => path.join(OFSTED, a))], {});
  }, 120_000);
  afterAll(async () => {
    await deps.close();
  });

  it('knows a place by its own papers, though every other report gives it in an address', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    const own = papers.filter((p) => p.file.startsWith(CITY)).map((p) => p.id).sort();
    expect(own).toHaveLength(fs.readdirSync(path.join(OFSTED, CITY)).length);
    // The name stands in (nearly) every report loaded, so by papers alone it would not pick any out.
    const holding = new Set(deps.index.spread(analyzeText(CITY)[0]!).map((s) => s.paperId));
    expect(holding.size).toBeGreaterThan(4 * own.length);
    const focus = focusOf(deps.index, papers, { allowConfidential: true }, 'How many children were in Manchester’s care in 2017?');
    expect(focus.identifying).toEqual(['Manchester']);
    expect([...(focus.paperIds ?? [])].sort()).toEqual(own);
  });

  it('reads only the paper a question points to by its year, and the rest when none is of that year', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    const own = papers.filter((p) => p.file.startsWith(CITY));
    const of2017 = own.filter((p) => (p.date ?? '').startsWith('2017')).map((p) => p.id);
    expect(of2017.length).toBeGreaterThan(0);
    expect(of2017.length).toBeLessThan(own.length);
    const pointed = focusOf(deps.index, papers, { allowConfidential: true }, 'How many children’s homes does Manchester run, according to the 2017 report?');
    expect([...(pointed.paperIds ?? [])].sort()).toEqual(of2017.sort());
    // A year the question only asks about ("in 2017") is not a paper pointed to: the answer may be in a later report.
    const asked = focusOf(deps.index, papers, { allowConfidential: true }, 'How many children’s homes did Manchester run in 2017?');
    expect(asked.paperIds).toHaveLength(own.length);
    const none = focusOf(deps.index, papers, { allowConfidential: true }, 'How many children’s homes does Manchester run, per the 1999 report?');
    expect(none.paperIds).toHaveLength(own.length);
    expect(none.yearsMissing).toEqual(['1999']);
  });

  it('reads only the newest paper when a question asks of the latest inspection, and all of them when it also gives a year', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    const own = papers.filter((p) => p.file.startsWith(CITY));
    const newest = own.reduce((a, b) => ((a.date ?? '') >= (b.date ?? '') ? a : b));
    expect(newest.date?.slice(0, 4)).toBe('2022');
    for (const question of ['Are Manchester care leavers in suitable homes? (latest Ofsted)', 'What did Ofsted rate Manchester at its most recent inspection?', 'Who led the last inspection of Manchester children’s services?']) {
      expect(focusOf(deps.index, papers, { allowConfidential: true }, question).paperIds, question).toEqual([newest.id]);
    }
    // "The last inspection" of a year's question may be the one before that year's; and "the latest figure" points to no paper.
    expect(focusOf(deps.index, papers, { allowConfidential: true }, 'In 2017, what had the last inspection of Manchester found?').paperIds).toHaveLength(own.length);
    expect(focusOf(deps.index, papers, { allowConfidential: true }, 'What is the latest figure for Manchester’s children in care?').paperIds).toHaveLength(own.length);
  });
});

describe('which papers a question names, in a small library', () => {
  const AUTHORITIES = ['wolverhampton', 'stockport', 'north-northamptonshire'];
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps();
    await ingestPaths(deps, AUTHORITIES.map((a) => path.join(OFSTED, a)), {});
  }, 120_000);
  afterAll(async () => {
    await deps.close();
  });

  it('knows an authority that is a large share of the papers by its name, typed in lower case too', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    expect(papers).toHaveLength(5);
    const own = papers.filter((p) => p.file.startsWith('wolverhampton')).map((p) => p.id).sort();
    // Two of five papers: far more than the tenth a name may be about in a large library.
    expect(own).toHaveLength(2);
    for (const question of ['wolverhampton ofsted grade 2022', 'Are care leavers in Wolverhampton in suitable homes?']) {
      const focus = focusOf(deps.index, papers, { allowConfidential: true }, question);
      expect([...(focus.paperIds ?? [])].sort(), question).toEqual(own);
    }
  });

  it('holds a year its reports give many times though none is dated in it, and not one they mention in passing', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    const own = papers.filter((p) => p.file.startsWith('wolverhampton'));
    expect(own.map((p) => p.date?.slice(0, 4)).sort()).toEqual(['2017', '2022']);
    // The 2017 report gives the children looked after "at 30 September 2016".
    expect(focusOf(deps.index, papers, { allowConfidential: true }, 'How many children were looked after in Wolverhampton at 30 September 2016?').yearsMissing).toEqual([]);
    expect(focusOf(deps.index, papers, { allowConfidential: true }, 'What did Ofsted rate Wolverhampton in 2020?').yearsMissing).toEqual(['2020']);
  });

  it('does not narrow by a word that the other papers use too', async () => {
    const papers = Object.values((await deps.papers.catalog()).papers);
    // The older reports' titles hold "help and protection"; every report uses the words.
    const focus = focusOf(deps.index, papers, { allowConfidential: true }, 'How good is help and protection for children?');
    expect(focus.paperIds).toBeNull();
  });
});
