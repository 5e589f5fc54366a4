import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../answer/index.ts';
import { loadConfig } from '../config.ts';
import { buildDeps, type Deps, type DepsOverrides } from '../deps.ts';
import type { Paper } from '../domain.ts';
import { describeOutcome, ingestPaths } from '../ingest/index.ts';
import { silentLogger } from '../log.ts';
import type { EvalQuestion } from './questions.ts';
import { scoreAnswer, type QuestionScore } from './score.ts';

/** Opens a throw-away store in a temporary folder and loads the papers into it; failures are listed, not fatal. */
export async function evalDeps(papers: string[], overrides: DepsOverrides = {}): Promise<{ deps: Deps; failures: string[]; cleanup(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-eval-'));
  const config = loadConfig(undefined, { dataDir: dir, storeUrl: `sqlite://${path.join(dir, 'store.sqlite')}` });
  const deps = await buildDeps(config, { log: silentLogger, llm: null, ...overrides });
  const outcomes = await ingestPaths(deps, papers, {});
  const failures = outcomes.filter((o) => o.status === 'failed').map(describeOutcome);
  return {
    deps,
    failures,
    async cleanup() {
      await deps.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks every question against the loaded papers and scores each answer. */
export async function evaluate(deps: Deps, questions: EvalQuestion[]): Promise<QuestionScore[]> {
  const papers = new Map<string, Paper>();
  for (const meta of await deps.papers.list()) {
    const paper = await deps.papers.load(meta);
    if (paper) papers.set(paper.id, paper);
  }
  const scores: QuestionScore[] = [];
  for (const q of questions) {
    const answer = await ask(deps, q.question, { scope: { allowConfidential: true } });
    scores.push(scoreAnswer(q, answer, papers));
  }
  return scores;
}
