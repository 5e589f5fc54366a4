import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadQuestions } from './questions.ts';
import { evalConfig } from './config.ts';

const QUESTION_DIR = 'eval/questions';
export const CORPUS = evalConfig.corpus;

/** A question set and the papers it was written against: a question's answer depends on what else is loaded. */
export interface Suite {
  name: string;
  questions: string[];
  papers: string[];
  cache: string;
  /**
   * Several small libraries instead of one: each loads its own papers into its own store and is asked only the
   * questions about its authorities (the suite's `papers` and `cache` are then unused).
   */
  libraries?: Library[];
}

/** One library of a suite of small libraries. */
export interface Library {
  papers: string[];
  cache: string;
  authorities: string[];
}

/** How many authorities' inspection reports make one small library, and how many such libraries are built. */
const SMALL_LIBRARY = { authorities: 3, libraries: 12 };

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

/**
 * Small libraries, as a council has: the project's own questions asked of a few authorities' reports loaded alone
 * (where an authority's name is a third of the papers, not one in a hundred), and of the corpus alone. The
 * authorities are taken in the order of a hash of their names, not chosen, and each keeps its split.
 */
export function smallLibrarySuite(): Suite | null {
  const own = defaultSuites().find((s) => s.name === 'all papers');
  const root = '../shared/ofsted';
  if (!own || !fs.existsSync(root)) return null;
  const asked = new Set(own.questions.flatMap((f) => loadQuestions(path.resolve(f))).flatMap((q) => (q.authority ? [q.authority.toLowerCase()] : [])));
  const authorities = fs.readdirSync(root).filter((a) => asked.has(a) && fs.statSync(path.join(root, a)).isDirectory())
    .sort((a, b) => hashOf(a).localeCompare(hashOf(b)))
    .slice(0, SMALL_LIBRARY.authorities * SMALL_LIBRARY.libraries);
  const libraries: Library[] = [];
  for (let i = 0; i < authorities.length; i += SMALL_LIBRARY.authorities) {
    const group = authorities.slice(i, i + SMALL_LIBRARY.authorities);
    libraries.push({ papers: group.map((a) => path.join(root, a)), cache: `.eval-cache/small/${group.join('+')}`, authorities: group });
  }
  const corpusAuthorities = CORPUS.map((p) => path.basename(p));
  libraries.push({ papers: CORPUS.filter((p) => fs.existsSync(p)), cache: '.eval-cache/corpus', authorities: corpusAuthorities });
  return { name: 'small libraries', questions: own.questions, papers: [], cache: '', libraries };
}

function hashOf(name: string): string {
  return createHash('sha256').update(`small-library:${name}`).digest('hex');
}

