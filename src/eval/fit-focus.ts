import path from 'node:path';
import { withContext } from '../answer/index.ts';
import { DEFAULT_FOCUS, focusOf, passagesGivingYear } from '../answer/focus.ts';
import { isUnanswerable, loadQuestions } from './questions.ts';
import { authoritiesOfFiles, evalDeps, questionSplit } from './run.ts';
import { defaultSuites, smallLibrarySuite, type Library } from './suites.ts';

/** One tuning question whose named papers are dated in none of its years: how often their text gives the year. */
interface YearCase {
  id: string;
  unanswerable: boolean;
  passages: number;
}

/**
 * `npm run fit:focus`: chooses the focus's `yearPassages` on the TUNING part of every suite (the small libraries
 * too). Among the questions whose named papers are not dated in a year they give, an unanswerable one should be
 * refused for the year and an answerable one read on; the setting is the count that sorts most of them rightly, the
 * middle of the best run of counts. Prints the cases and the choice; copy it to DEFAULT_FOCUS in src/answer/focus.ts.
 */
async function main(): Promise<void> {
  const cases: YearCase[] = [];
  const small = smallLibrarySuite();
  const libraries: Array<Library & { questions: string[] }> = [
    ...defaultSuites().map((s) => ({ papers: s.papers, cache: s.cache, authorities: [], questions: s.questions })),
    ...(small?.libraries ?? []).map((l) => ({ ...l, questions: small!.questions })),
  ];
  for (const library of libraries) {
    const questions = library.questions.flatMap((f) => loadQuestions(path.resolve(f)))
      .filter((q) => library.authorities.length === 0 || library.authorities.includes((q.authority ?? '').toLowerCase()));
    const run = await evalDeps(library.papers.map((p) => path.resolve(p)), {}, library.cache);
    const authorities = authoritiesOfFiles(library.papers);
    try {
      await run.deps.index.sync(run.deps.papers);
      const papers = Object.values((await run.deps.papers.catalog()).papers);
      for (const q of questions) {
        if (questionSplit(q, authorities) !== 'tuning') continue;
        const focus = focusOf(run.deps.index, papers, { allowConfidential: true }, withContext(q.question, q.history), { ...DEFAULT_FOCUS, yearPassages: Infinity });
        if (!focus.paperIds || focus.yearsMissing.length === 0) continue;
        const ids = new Set(focus.paperIds);
        const passages = Math.min(...focus.yearsMissing.map((y) => passagesGivingYear(run.deps.index, ids, y)));
        cases.push({ id: q.id, unanswerable: isUnanswerable(q), passages });
      }
    } finally {
      await run.cleanup();
    }
  }
  const most = Math.max(1, ...cases.map((c) => c.passages + 1));
  const right = (k: number) => cases.filter((c) => (c.passages >= k) === !c.unanswerable).length;
  const scores = Array.from({ length: most }, (_, i) => i + 1).map((k) => ({ k, right: right(k) }));
  const best = Math.max(...scores.map((s) => s.right));
  const run = scores.filter((s) => s.right === best).map((s) => s.k);
  const chosen = run[Math.floor((run.length - 1) / 2)]!;
  for (const c of cases.sort((a, b) => a.passages - b.passages)) console.log(`  ${c.unanswerable ? 'unanswerable' : 'answerable  '} ${c.id.padEnd(6)} ${c.passages}`);
  console.log(`${cases.length} tuning questions whose named papers are dated in none of their years; right by passages >= k: ${scores.slice(0, 12).map((s) => `${s.k}:${s.right}`).join(' ')}`);
  console.log(`yearPassages: ${chosen} (in use: ${DEFAULT_FOCUS.yearPassages})`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
