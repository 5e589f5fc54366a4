import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, bool, str } from '../cli/args.ts';
import { toAppError } from '../errors.ts';
import { loadQuestions } from './questions.ts';
import { questionLines, splitTable } from './report.ts';
import { authoritiesOfFiles, evalDeps, evaluate, librariesScores } from './run.ts';
import { modelColumn } from './model.ts';
import { commitmentLines, commitmentScores } from './commitments.ts';
import { trackerLines, trackerScores } from './tracker.ts';
import { CORPUS, defaultSuites, smallLibrarySuite, type Suite } from './suites.ts';
import { figureLines, loadLabelledFigures, scoreFigures, scoreTrends, trendLines, LABELLED_FIGURES } from './figures.ts';

/**
 * `npm run eval -- [--questions FILE papers...] [--split tuning|held-out] [--model] [--no-small] [--quiet] [--json]`: loads the papers
 * into a store kept in .eval-cache/ and scores every answer, the tuning and held-out parts side by side.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { quiet: 'boolean', model: 'boolean', 'no-small': 'boolean', questions: 'string', split: 'string' });
  const given = str(args, 'questions');
  const small = given || bool(args, 'no-small') ? null : smallLibrarySuite();
  const suites: Suite[] = given
    ? [{ name: given, questions: [given], papers: args.positionals.length > 0 ? args.positionals : ['../shared/ofsted', ...CORPUS], cache: '' }]
    : [...defaultSuites(), ...(small ? [small] : [])];
  const report: unknown[] = [];
  for (const suite of suites) {
    if (suite.libraries) {
      const scores = await librariesScores(suite.libraries, suite.questions, str(args, 'split'));
      if (bool(args, 'json')) report.push({ suite: suite.name, scores });
      else {
        if (!bool(args, 'quiet')) console.log(questionLines(scores).join('\n'), '\n');
        console.log(`Answers (${suite.name}): the project's questions, each asked of a small library that holds its authority's papers: ${suite.libraries.length - 1} libraries of a few authorities' inspection reports, and the corpus\nLibraries: ${suite.libraries.map((l) => l.authorities.join('+')).join(', ')}\n`);
        console.log(splitTable(scores).join('\n'), '\n');
      }
      continue;
    }
    const questions = suite.questions.flatMap((f) => loadQuestions(path.resolve(f)));
    const run = await evalDeps(suite.papers.map((p) => path.resolve(p)), {}, suite.cache || undefined);
    try {
      const scores = (await evaluate(run.deps, questions, authoritiesOfFiles(suite.papers))).filter((s) => !str(args, 'split') || s.split === str(args, 'split'));
      const asked = questions.filter((q) => scores.some((s) => s.id === q.id));
      const model = bool(args, 'model') ? await modelColumn(run.deps, asked) : null;
      if (bool(args, 'model') && !model) console.error('--model: no model is configured (set OPENAI_API_KEY, and OPENAI_BASE_URL for a local OpenAI-compatible server), so there is no model column.');
      const commitments = suite.name === 'corpus and seeds' ? await commitmentScores(run.deps) : null;
      const figures = suite.name === 'corpus and seeds' && fs.existsSync(LABELLED_FIGURES) ? scoreFigures(loadLabelledFigures()) : null;
      const trends = suite.name === 'corpus and seeds' ? await scoreTrends(run.deps) : null;
      if (bool(args, 'json')) {
        report.push({ suite: suite.name, scores, modelScores: model?.scores ?? null, commitments, figures, trends });
        continue;
      }
      if (!bool(args, 'quiet')) console.log(questionLines(scores).join('\n'), '\n');
      console.log(`Answers (${suite.name}): ${suite.questions.join(', ')}\nPapers: ${suite.papers.join(', ')}${run.failures.length ? ` (${run.failures.length} refused as bad input)` : ''}\n`);
      console.log(splitTable(scores).join('\n'));
      if (model) console.log(`\n${splitTable(model.scores, model.name).join('\n')}`);
      if (commitments) console.log(`\n${commitmentLines(commitments).join('\n')}`);
      if (figures) console.log(`\n${figureLines(figures, LABELLED_FIGURES, !bool(args, 'quiet')).join('\n')}`);
      if (trends) console.log(`\n${trendLines(trends).join('\n')}`);
      console.log('');
    } finally {
      await run.cleanup();
    }
  }
  const tracker = given ? null : await trackerScores();
  if (tracker && bool(args, 'json')) report.push({ suite: 'promise tracker', tracker });
  else if (tracker) console.log(`${trackerLines(tracker).join('\n')}\n`);
  if (bool(args, 'json')) console.log(JSON.stringify(report, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`error: ${toAppError(err).message}`);
    process.exitCode = 1;
  },
);
