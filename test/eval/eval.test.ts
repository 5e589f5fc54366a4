import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestions } from '../../src/eval/questions.ts';
import { evalDeps, evaluate } from '../../src/eval/run.ts';
import { totals } from '../../src/eval/score.ts';

const PAPERS = ['seeds', '../shared/corpus'].map((p) => path.resolve(p));

describe('answer quality over the seeds and the corpus', () => {
  let run: Awaited<ReturnType<typeof evalDeps>>;
  beforeAll(async () => {
    run = await evalDeps(PAPERS);
  });
  afterAll(() => run.cleanup());

  it('loads every corpus file except the bad one, which is refused by name', () => {
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(/ofsted-2012-not-a-pdf\.pdf/);
  });

  it('answers the visible shared questions above their floor, every quote verbatim', async () => {
    const scores = await evaluate(run.deps, loadQuestions(path.resolve('../shared/eval/questions.jsonl')));
    expect(scores.filter((s) => !s.verbatim)).toEqual([]);
    expect(scores.filter((s) => s.correct).length).toBeGreaterThanOrEqual(FLOORS.visible);
  });

  it('holds the project question set above its floors, with every quote verbatim', async () => {
    const t = totals(await evaluate(run.deps, loadQuestions(path.resolve('test/eval/questions.jsonl'))));
    expect(t.verbatim).toBe(t.questions);
    expect(t.foundTop3 / t.answerable).toBeGreaterThanOrEqual(FLOORS.foundTop3);
    expect(t.rightPage / t.withPage).toBeGreaterThanOrEqual(FLOORS.rightPage);
    expect(t.refusedCorrectly / t.unanswerable).toBeGreaterThanOrEqual(FLOORS.refused);
  });
});

/**
 * Floors a little under the figures measured with the fitted model (visible 11 of 12, two of them within 0.02 of the
 * decision threshold, so one may flip at a refit; the first version's set: found 47%, refused 95%, since the decision
 * threshold is chosen to refuse 90% of unanswerable questions out of fold; see README, Evaluation). These questions are in the tuning part: the held-out figures come from npm run eval.
 */
const FLOORS = { visible: 10, foundTop3: 0.38, rightPage: 0.38, refused: 0.85 };
