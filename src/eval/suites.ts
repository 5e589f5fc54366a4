import fs from 'node:fs';
import path from 'node:path';
import { evalConfig } from './config.ts';

const QUESTION_DIR = 'eval/questions';
export const CORPUS = evalConfig.corpus;

/** A question set and the papers it was written against: a question's answer depends on what else is loaded. */
export interface Suite {
  name: string;
  questions: string[];
  papers: string[];
  cache: string;
}

/**
 * The suites: the project's own set over every Ofsted report, the corpus and the seeds; and the first version's set
 * with the shared visible questions over the corpus and the seeds alone (written when nothing else was loaded).
 */
export function defaultSuites(): Suite[] {
  const own = fs.existsSync(QUESTION_DIR) ? fs.readdirSync(QUESTION_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(QUESTION_DIR, f)) : [];
  return [
    { name: 'all papers', questions: own, papers: ['../shared/ofsted', ...CORPUS], cache: '.eval-cache/all' },
    { name: 'corpus and seeds', questions: ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl'], papers: CORPUS, cache: '.eval-cache/corpus' },
  ].map((s) => ({ ...s, questions: s.questions.filter((f) => fs.existsSync(f)), papers: s.papers.filter((p) => fs.existsSync(p)) }))
    .filter((s) => s.questions.length > 0);
}

