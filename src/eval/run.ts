import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../answer/index.ts';
import { loadConfig } from '../config.ts';
import { buildDeps, type Deps, type DepsOverrides } from '../deps.ts';
import type { Paper } from '../domain.ts';
import { describeOutcome, ingestPaths } from '../ingest/index.ts';
import { silentLogger } from '../log.ts';
import { loadQuestions, type EvalQuestion } from './questions.ts';
import type { Library } from './suites.ts';
import { scoreAnswer, type QuestionScore } from './score.ts';
import { authorityOf, splitOf, type Split } from './split.ts';

export interface EvalRun {
  deps: Deps;
  failures: string[];
  cleanup(): Promise<void>;
}

/**
 * Opens a store and loads the papers into it; failures are listed, not fatal. With `cacheDir` the store is kept
 * between runs (loading is idempotent, so a second run only checks the files); without, it is thrown away.
 */
export async function evalDeps(papers: string[], overrides: DepsOverrides = {}, cacheDir?: string): Promise<EvalRun> {
  const dir = cacheDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-eval-'));
  fs.mkdirSync(dir, { recursive: true });
  const config = loadConfig({}, { dataDir: dir, storeUrl: `sqlite://${path.join(dir, 'store.sqlite')}` });
  const deps = await buildDeps(config, { log: silentLogger, llm: null, ...overrides });
  const outcomes = await ingestPaths(deps, papers, {});
  const failures = outcomes.filter((o) => o.status === 'failed').map(describeOutcome);
  return {
    deps,
    failures,
    async cleanup() {
      await deps.close();
      if (!cacheDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asks every question (with its thread's earlier questions) against the loaded papers and scores each answer. */
export async function evaluate(deps: Deps, questions: EvalQuestion[], authorityOfFile = new Map<string, string>()): Promise<QuestionScore[]> {
  const papers = new Map<string, Paper>();
  for (const meta of await deps.papers.list()) {
    const paper = await deps.papers.load(meta);
    if (paper) papers.set(paper.id, paper);
  }
  const scores: QuestionScore[] = [];
  for (const q of questions) {
    const answer = await ask(deps, q.question, { scope: { allowConfidential: true }, history: q.history });
    scores.push(scoreAnswer(q, answer, papers, questionSplit(q, authorityOfFile)));
  }
  return scores;
}

/** A question's split: its authority's, else that of its source paper's folder; questions about neither are tuning. */
export function questionSplit(q: EvalQuestion, authorityOfFile: Map<string, string>): Split {
  const authority = q.authority ?? (q.source ? authorityOfFile.get(q.source) : undefined) ?? 'seeds';
  return splitOf(authority.toLowerCase());
}

/** The authority of every file under the given folders, by base name (see authorityOf). */
export function authoritiesOfFiles(roots: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (p: string): void => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else if (stat?.isFile() && !out.has(path.basename(p))) out.set(path.basename(p), authorityOf(path.resolve(p)));
  };
  for (const r of roots) walk(r);
  return out;
}

/** Every library of a suite of small libraries, asked the questions about its own authorities. */
export async function librariesScores(libraries: Library[], files: string[], split: string | undefined): Promise<QuestionScore[]> {
  const questions = files.flatMap((f) => loadQuestions(path.resolve(f)));
  const scores: QuestionScore[] = [];
  for (const library of libraries) {
    const mine = questions.filter((q) => library.authorities.includes((q.authority ?? '').toLowerCase()));
    const run = await evalDeps(library.papers.map((p) => path.resolve(p)), {}, library.cache);
    try {
      scores.push(...(await evaluate(run.deps, mine, authoritiesOfFiles(library.papers))).filter((s) => !split || s.split === split));
    } finally {
      await run.cleanup();
    }
  }
  return scores;
}
