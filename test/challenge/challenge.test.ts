import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftChallenges, figureWords, findContradictions, type ChallengeQuestion } from '../../src/challenge/index.ts';
import { figuresIn } from '../../src/figures/index.ts';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { citationHolds, foldForCompare } from '../../src/quote.ts';
import { AS_OF, isOpen, loadCorpus, storedPapers } from './corpus.ts';

const scope = { allowConfidential: false };

function expectGrounded(questions: ChallengeQuestion[], papers: Map<string, Paper>) {
  for (const q of questions) {
    expect(isOpen(q.question), q.question).toBe(true);
    expect(q.followUp.endsWith('?')).toBe(true);
    expect(q.why.length).toBeGreaterThan(10);
    expect(q.citations.length).toBeGreaterThan(0);
    for (const c of q.citations) expect(citationHolds(c, papers.get(c.paper.id)!), c.quote).toBe(true);
  }
}

describe('draftChallenges on the seeds', () => {
  let deps: Deps;
  let papers: Map<string, Paper>;
  let questions: ChallengeQuestion[];
  beforeAll(async () => {
    deps = await loadCorpus(false);
    papers = await storedPapers(deps);
    questions = await draftChallenges(deps, { asOf: AS_OF, committee: 'seeds', scope });
  });
  afterAll(async () => deps.close());

  it('drafts five to twelve open questions, each on verbatim citations', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(12);
    expectGrounded(questions, papers);
  });

  it('asks about each of the three overdue promises first, quoting the promise', () => {
    const promises = [/40 posts each year/, /no more than 15% overall by the end of March 2017/, /Jan\/Feb 2010/];
    for (const promise of promises) {
      const q = questions.find((x) => x.kind === 'overdue-commitment' && promise.test(x.citations[0]!.quote));
      expect(q, String(promise)).toBeDefined();
      expect(q!.question).toMatch(/^What is the current position/);
    }
    const firstOther = questions.findIndex((q) => q.kind !== 'overdue-commitment');
    const lastOverdue = questions.map((q) => q.kind).lastIndexOf('overdue-commitment');
    expect(lastOverdue).toBeLessThan(firstOther);
  });

  it('never repeats an issue: no two questions quote the same words', () => {
    const quotes = questions.flatMap((q) => q.citations.map((c) => foldForCompare(c.quote)));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('draws only from the named paper when given one', async () => {
    const paper = [...papers.values()].find((p) => p.date === '2015-06-03')!;
    const onPaper = await draftChallenges(deps, { asOf: AS_OF, paperId: paper.id, scope });
    expect(onPaper.length).toBeGreaterThan(0);
    for (const q of onPaper) expect(q.citations[0]!.paper.id).toBe(paper.id);
  });

  it('keeps to a topic through the search index', async () => {
    const onTopic = await draftChallenges(deps, { asOf: AS_OF, topic: 'agency workers', scope });
    expect(onTopic.length).toBeGreaterThan(0);
    expect(onTopic.some((q) => /15%/.test(q.citations[0]!.quote))).toBe(true);
    expect(onTopic.some((q) => /Jan\/Feb 2010/.test(q.citations[0]!.quote))).toBe(false);
  });
});

describe('draftChallenges on the seeds with the Birmingham Ofsted reports in the same committee', () => {
  let deps: Deps;
  let papers: Map<string, Paper>;
  beforeAll(async () => {
    deps = await loadCorpus(true);
    papers = await storedPapers(deps);
  });
  afterAll(async () => deps.close());

  it('finds the 2015 claim that the MASH was praised against the 2016 finding that it does not reduce risk', async () => {
    const questions = await draftChallenges(deps, { asOf: AS_OF, committee: 'seeds', scope });
    expectGrounded(questions, papers);
    const q = questions.find((x) => x.kind === 'contradiction' && x.citations.some((c) => /praised by Ofsted/.test(c.quote)));
    expect(q).toBeDefined();
    const [claim, finding] = q!.citations;
    expect(claim!.paper.date).toBe('2015-06-03');
    expect(claim!.quote).toMatch(/MASH/);
    expect(finding!.paper.date! > claim!.paper.date!).toBe(true);
    expect(papers.get(finding!.paper.id)!.kind).toBe('inspection-report');
    expect(finding!.quote).toMatch(/MASH\) does not identify and reduce risks to children effectively/);
    expect(q!.question).toMatch(/^How do officers reconcile/);
    expect(questions.filter((x) => x.kind === 'contradiction' && /MASH/.test(x.question)).length).toBe(1);
  });

  it('pairs a claim only with a later inspection, never an earlier one', () => {
    const byDate = [...papers.values()];
    const statement = byDate.find((p) => p.date === '2015-06-03')!;
    const earlier = byDate.filter((p) => p.kind === 'inspection-report' && p.date! < statement.date!);
    expect(earlier.length).toBeGreaterThan(0);
    expect(findContradictions([statement, ...earlier])).toEqual([]);
    const later = byDate.filter((p) => p.kind === 'inspection-report' && p.date! > statement.date!);
    expect(findContradictions([statement, ...later]).length).toBeGreaterThan(0);
  });
});

describe('the words a question quotes', () => {
  it('leave out the paragraph number a sentence opens with, quoting the figure’s own words', () => {
    // corpus/kent/full_council_2025-03-13/Council Report Mid Year 24-25.pdf, page 2
    const sentence = '2.5 The government’s plans to raise public spending by around £16bn a year (0.6% GDP) have caused concerns that a big rise in taxes will be announced in the Budget, which could weaken GDP growth in the medium-term.';
    const figure = figuresIn(sentence, { date: '2025-03-13', body: 'Kent' }).find((f) => f.text === '£16bn')!;
    expect(figure).toBeDefined();
    const words = figureWords(figure, sentence);
    expect(words).toMatch(/^“The government’s plans to raise public spending by around £16bn a year/);
    expect(sentence).toContain(words.replace(/^“|”$/g, ''));
  });
});
